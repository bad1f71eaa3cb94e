package org.kneadwell.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kneadwell.screening.policy.ScreenFacts;
import org.kneadwell.screening.policy.ScreeningInput;
import org.kneadwell.screening.policy.ScreeningResult;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.screening.policy.TechniqueVerdict;
import org.kneadwell.shared.Technique;

/**
 * Seeded random sequences of screens and clinician decisions (contract §5): after every step, effective safety never
 * allows more than the screens since the last decision and that decision allow, and a new screen on its own never
 * turns "nothing may be done" into "something may".
 */
class SafetyOverTimeInvariantTest {

    private static final int SEQUENCES_PER_SEED = 60;
    private static final int STEPS = 8;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 3, 17, 29, 43, 61 })
    void aLaterScreenNeverLoosensAndADecisionOnlyNarrowsItsScope(long seed) {
        RandomCases cases = new RandomCases(seed);
        Random steps = new Random(seed * 31);
        int holdsKept = 0;
        for (int sequence = 0; sequence < SEQUENCES_PER_SEED; sequence++) {
            Histories histories = Histories.start().screen(cases.input());
            Clearance approved = null;
            ScreenFacts decided = null;
            boolean unresolvedConcern = false;
            LocalDate day = Scopes.DECIDED.plusDays(steps.nextInt(30));
            for (int step = 0; step < STEPS; step++) {
                SafetyToday before = EffectiveSafety.on(day, histories.history());
                double roll = steps.nextDouble();
                ScreenFacts latestFacts = ScreenFacts.of(null, histories.latest());
                if (roll < 0.6) {
                    ScreeningInput input = cases.input();
                    histories.screen(input);
                    ScreenFacts facts = ScreenFacts.of(input, histories.latest());
                    unresolvedConcern |= decided == null ? facts.massageOnHold() || facts.clearanceRequired()
                            : facts.tier().ordinal() < decided.tier().ordinal();
                    SafetyToday after = EffectiveSafety.on(day, histories.history());
                    if (before.onHold()) {
                        assertThat(after.onHold()).as("a new screen lifted a hold (seed %d)", seed).isTrue();
                        holdsKept++;
                    }
                    if (!before.anyAllowed() && before.clearanceStatus() != ClearanceStatus.NOT_NEEDED
                            && before.clearanceStatus() != ClearanceStatus.VALID) {
                        assertThat(after.anyAllowed()).as("a new screen loosened on its own (seed %d)", seed).isFalse();
                    }
                } else if (roll < 0.8) {
                    approved = cases.clearance(histories.latest());
                    histories.approve(approved);
                    decided = latestFacts;
                    unresolvedConcern = false;
                } else if (roll < 0.9) {
                    histories.decline();
                    approved = null;
                    decided = latestFacts;
                    unresolvedConcern = false;
                } else if (!histories.latest().clearanceRequired() && !histories.latest().triage().massageOnHold()) {
                    histories.notNeeded();
                    approved = null;
                    decided = latestFacts;
                    unresolvedConcern = false;
                }
                check(EffectiveSafety.on(day, histories.history()), histories.latest(), approved, unresolvedConcern,
                        day, seed);
            }
        }
        assertThat(holdsKept).as("the sequences reach holds that later screens try to lift").isGreaterThan(20);
    }

    private static void check(SafetyToday safety, ScreeningResult latest, Clearance approved,
            boolean unresolvedConcern, LocalDate day, long seed) {
        if (unresolvedConcern) {
            assertThat(safety.anyAllowed()).as("allowed with an unresolved hold or need (seed %d)", seed).isFalse();
        }
        if (safety.badge().stops()) {
            assertThat(safety.anyAllowed()).as("a stopping badge with something allowed (seed %d)", seed).isFalse();
        }
        for (Technique technique : Technique.values()) {
            EffectiveVerdict effective = safety.verdict(technique);
            if (!effective.allowed()) {
                continue;
            }
            TechniqueVerdict base = (latest.triage().massageOnHold() ? latest.conditionVerdicts()
                    : latest.techniques()).get(technique.ordinal());
            assertThat(effective.avoidRegions()).as("dropped an avoided region (seed %d)", seed)
                    .containsAll(base.avoidRegions());
            boolean counts = approved != null && approved.isValidOn(day);
            if (base.status() == TechniqueStatus.CONTRAINDICATED) {
                assertThat(counts).as("a contraindication lifted without a clearance (seed %d)", seed).isTrue();
            } else {
                assertThat(effective.maxPressure()).as("above the latest screen's cap (seed %d)", seed)
                        .isLessThanOrEqualTo(base.maxPressure());
            }
            if (counts) {
                assertThat(approved.scope().includes(technique)).as("outside the scope (seed %d)", seed).isTrue();
                assertThat(effective.maxPressure()).as("above the clinician's cap (seed %d)", seed)
                        .isLessThanOrEqualTo(approved.scope().capFor(technique).orElse(TechniqueVerdict.NO_CAP));
            } else {
                assertThat(latest.clearanceRequired() || latest.triage().massageOnHold())
                        .as("allowed without clearance (seed %d)", seed).isFalse();
            }
        }
    }
}
