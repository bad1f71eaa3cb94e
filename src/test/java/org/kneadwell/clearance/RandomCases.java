package org.kneadwell.clearance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.ConditionEntry;
import org.kneadwell.screening.policy.Heat;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.screening.policy.ScreeningInput;
import org.kneadwell.screening.policy.ScreeningResult;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Cause;
import org.kneadwell.shared.Technique;

/**
 * Seeded random intakes and clearances for the invariant test. Scopes are drawn to look like what a clinician might
 * submit, good and bad: permissions from the screen's actual contraindicating reasons (absolute ones included),
 * now and then a bogus one, a hold lifted or not, and a day inside or outside the clearance's window.
 */
final class RandomCases {

    static final LocalDate DECIDED = LocalDate.of(2026, 1, 5);
    static final LocalDate VALID_UNTIL = LocalDate.of(2026, 3, 31);

    private final Random random;

    RandomCases(long seed) {
        random = new Random(seed);
    }

    ScreeningInput input() {
        Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        double flagRate = random.nextDouble() * 0.12;
        for (RedFlag flag : RedFlag.values()) {
            if (random.nextDouble() < flagRate) {
                flags.add(flag);
            }
        }
        List<ConditionEntry> conditions = new ArrayList<>();
        double conditionRate = random.nextDouble() * 0.2;
        for (ConditionCode code : ConditionCode.values()) {
            if (random.nextDouble() < conditionRate) {
                conditions.add(condition(code));
            }
        }
        Set<Cause> causes = EnumSet.noneOf(Cause.class);
        for (Cause cause : Cause.values()) {
            if (random.nextDouble() < 0.15) {
                causes.add(cause);
            }
        }
        Set<BodyRegion> pain = regions(random.nextInt(4));
        return new ScreeningInput(18 + random.nextInt(80), random.nextInt(60), random.nextInt(11), pain, causes,
                random.nextBoolean() ? null : regions(random.nextInt(3)), flags, conditions, null);
    }

    private ConditionEntry condition(ConditionCode code) {
        Set<BodyRegion> regions = switch (code.regions()) {
            case REQUIRED -> regions(1 + random.nextInt(2));
            case OPTIONAL, DEFAULTED -> regions(random.nextInt(3));
            case NOTED -> Set.of();
        };
        Integer weeks = code.takesWeeks() ? random.nextInt(ConditionEntry.MAX_PREGNANCY_WEEKS + 1) : null;
        boolean highRisk = code.takesHighRisk() && random.nextBoolean();
        boolean contagious = code.takesContagious() && random.nextDouble() < 0.3;
        return new ConditionEntry(code, regions, weeks, highRisk, contagious);
    }

    Clearance clearance(ScreeningResult screen) {
        Set<Technique> techniques = EnumSet.noneOf(Technique.class);
        for (Technique technique : Technique.values()) {
            if (random.nextDouble() < 0.7) {
                techniques.add(technique);
            }
        }
        if (techniques.isEmpty()) {
            techniques.add(Technique.values()[random.nextInt(Technique.values().length)]);
        }
        Map<Technique, Integer> caps = new EnumMap<>(Technique.class);
        Set<Permission> permissions = new LinkedHashSet<>();
        for (Technique technique : techniques) {
            if (random.nextDouble() < 0.4) {
                caps.put(technique, random.nextInt(6));
            }
            for (ConditionCode code : ScopeCheck.contraindicatingCodes(screen, technique)) {
                if (random.nextDouble() < 0.8) {
                    permissions.add(new Permission(technique, code));
                    caps.putIfAbsent(technique, random.nextInt(6));
                }
            }
            if (random.nextDouble() < 0.05) {
                permissions.add(new Permission(technique, ConditionCode.values()[random.nextInt(25)]));
                caps.putIfAbsent(technique, random.nextInt(6));
            }
        }
        boolean liftsHold = random.nextDouble() < 0.85 ? screen.triage().massageOnHold() : random.nextBoolean();
        Heat heat = Heat.values()[random.nextInt(Heat.values().length)];
        ClearanceScope scope = new ClearanceScope(techniques, caps, regions(random.nextInt(3)), heat,
                random.nextBoolean() ? "" : "Check in about pressure", liftsHold, permissions);
        return new Clearance(UUID.nameUUIDFromBytes(scope.toString().getBytes()), "Dr Random", DECIDED, VALID_UNTIL,
                scope);
    }

    /** Mostly a day inside the window; sometimes the day before it opens or after it closes. */
    LocalDate day() {
        double roll = random.nextDouble();
        if (roll < 0.1) {
            return DECIDED.minusDays(1);
        }
        if (roll < 0.2) {
            return VALID_UNTIL.plusDays(1 + random.nextInt(30));
        }
        return DECIDED.plusDays(random.nextInt((int) (VALID_UNTIL.toEpochDay() - DECIDED.toEpochDay()) + 1));
    }

    boolean withClearance() {
        return random.nextDouble() < 0.85;
    }

    private Set<BodyRegion> regions(int count) {
        Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
        BodyRegion[] all = BodyRegion.values();
        while (regions.size() < count) {
            regions.add(all[random.nextInt(all.length)]);
        }
        return regions;
    }
}
