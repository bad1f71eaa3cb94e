package org.kneadwell.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kneadwell.screening.policy.Heat;
import org.kneadwell.screening.policy.ScreeningInput;
import org.kneadwell.screening.policy.ScreeningResult;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.screening.policy.TechniqueVerdict;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;

/**
 * The safety invariant of issue 4 over 500 seeded random intakes and clearances: effective safety never allows
 * anything that neither the screen nor an explicit permission allows, and a clearance scope narrows everything it
 * does not explicitly lift. It is checked whether or not {@link ScopeCheck} accepted the scope (effective safety
 * re-checks defensively), and no absolute contraindication ever gets through.
 */
class EffectiveSafetyInvariantTest {

    private static final int CASES_PER_SEED = 100;

    /** What one case exercised, so the test can show that the interesting branches were reached. */
    private static final class Coverage {
        int accepted;
        int liftedByPermission;
        int holdsLifted;
        int absoluteRefused;
        int narrowed;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 11, 23, 37, 41, 53 })
    void effectiveSafetyNeverAllowsWhatNeitherTheScreenNorAPermissionAllows(long seed) {
        run(seed, new Coverage());
    }

    @Test
    void theRandomCasesReachEveryInterestingBranch() {
        Coverage coverage = new Coverage();
        for (long seed : new long[] { 11, 23, 37, 41, 53 }) {
            run(seed, coverage);
        }
        assertThat(coverage.accepted).as("scopes accepted by ScopeCheck").isGreaterThan(100);
        assertThat(coverage.liftedByPermission).as("contraindications lifted by permission").isGreaterThan(50);
        assertThat(coverage.holdsLifted).as("holds lifted").isGreaterThan(50);
        assertThat(coverage.absoluteRefused).as("absolute contraindications in scope").isGreaterThan(50);
        assertThat(coverage.narrowed).as("techniques narrowed by a scope").isGreaterThan(100);
    }

    private static void run(long seed, Coverage coverage) {
        RandomCases cases = new RandomCases(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            ScreeningInput input = cases.input();
            ScreeningResult screen = Screens.screen(input);
            Clearance clearance = cases.withClearance() ? cases.clearance(screen) : null;
            LocalDate day = cases.day();
            SafetyToday today = EffectiveSafety.on(day, screen, clearance);
            String context = "seed " + seed + " case " + i + " on " + day + "\n input " + input + "\n clearance "
                    + clearance + "\n answer " + today;
            boolean accepted = clearance != null && ScopeCheck.problems(screen, clearance.scope()).isEmpty();
            coverage.accepted += accepted ? 1 : 0;
            for (Technique technique : Technique.values()) {
                check(technique, screen, clearance, day, today, context + "\n technique " + technique, coverage);
            }
        }
    }

    private static void check(Technique technique, ScreeningResult screen, Clearance clearance, LocalDate day,
            SafetyToday today, String context, Coverage coverage) {
        EffectiveVerdict effective = today.verdict(technique);
        boolean counts = clearance != null && clearance.isValidOn(day);
        boolean holdLifted = counts && clearance.scope().liftsHold();
        List<TechniqueVerdict> bases = screen.triage().massageOnHold() ? screen.conditionVerdicts() : screen.techniques();
        TechniqueVerdict base = bases.get(technique.ordinal());
        Set<org.kneadwell.screening.policy.ConditionCode> ciCodes = ScopeCheck.contraindicatingCodes(screen, technique);
        boolean absolute = ciCodes.stream().anyMatch(code -> AbsoluteContraindications.isAbsolute(code, screen));
        if (absolute && counts && clearance.scope().includes(technique)) {
            coverage.absoluteRefused++;
        }
        if (absolute) {
            assertThat(effective.allowed()).as("an absolute contraindication got through: " + context).isFalse();
        }
        if (!effective.allowed()) {
            assertThat(effective.limits()).as("a technique not allowed says why: " + context).isNotEmpty();
            return;
        }
        assertThat(effective.status()).as(context).isNotEqualTo(TechniqueStatus.CONTRAINDICATED);
        assertThat(screen.triage().massageOnHold() && !holdLifted).as("allowed while on hold: " + context).isFalse();
        assertThat(screen.clearanceRequired() && !counts).as("allowed without clearance: " + context).isFalse();
        Set<BodyRegion> mustAvoid = EnumSet.noneOf(BodyRegion.class);
        mustAvoid.addAll(base.avoidRegions());
        if (counts) {
            ClearanceScope scope = clearance.scope();
            assertThat(scope.includes(technique)).as("allowed outside the scope: " + context).isTrue();
            assertThat(effective.maxPressure()).as("above the clinician's cap: " + context)
                    .isLessThanOrEqualTo(scope.capFor(technique).orElse(TechniqueVerdict.NO_CAP));
            mustAvoid.addAll(scope.avoidRegions());
            if (technique == Technique.HOT_STONE) {
                assertThat(effective.heat()).as("hotter than the scope: " + context).isLessThanOrEqualTo(scope.heat());
            }
            coverage.narrowed++;
        }
        if (base.status() == TechniqueStatus.CONTRAINDICATED) {
            assertThat(counts).as("lifted without a clearance: " + context).isTrue();
            for (org.kneadwell.screening.policy.ConditionCode code : ciCodes) {
                assertThat(clearance.scope().permits(technique, code)).as("lifted without permission for " + code
                        + ": " + context).isTrue();
            }
            assertThat(clearance.scope().capFor(technique)).as(context).isPresent();
            bases.forEach(other -> mustAvoid.addAll(other.avoidRegions()));
            assertThat(effective.hasLimitFrom(LimitSource.PERMISSION)).as(context).isTrue();
            coverage.liftedByPermission++;
        } else {
            assertThat(effective.maxPressure()).as("above the screen's cap: " + context)
                    .isLessThanOrEqualTo(base.maxPressure());
            assertThat(effective.heat()).as("hotter than the screen: " + context).isLessThanOrEqualTo(base.heat());
        }
        assertThat(effective.avoidRegions()).as("an avoided region was dropped: " + context).containsAll(mustAvoid);
        if (technique == Technique.HOT_STONE) {
            assertThat(effective.heat()).as("hot stone allowed without heat: " + context).isNotEqualTo(Heat.NONE);
        } else {
            assertThat(effective.heat() == Heat.NONE).as("no heat exactly when the clearance allows none: " + context)
                    .isEqualTo(counts && clearance.scope().heat() == Heat.NONE);
        }
        if (screen.triage().massageOnHold()) {
            coverage.holdsLifted++;
        }
    }
}
