package org.kneadwell.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kneadwell.clearance.Scopes.DECIDED;
import static org.kneadwell.clearance.Scopes.scope;
import static org.kneadwell.shared.Technique.HOT_STONE;
import static org.kneadwell.shared.Technique.SWEDISH;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.ConditionEntry;
import org.kneadwell.screening.policy.Heat;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.screening.policy.ScreeningInput;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;

/** Screening contract §5, rule by rule: a later screen never loosens on its own; only a clinician does. */
class SafetyOverTimeTest {

    private static final LocalDate TODAY = DECIDED.plusDays(10);
    private static final ScreeningInput CLEAN = ScreeningInput.ofWeeks(30);
    private static final ScreeningInput SADDLE_NUMBNESS = CLEAN.withRedFlags(RedFlag.RF1);
    private static final ScreeningInput ANTICOAGULATED = CLEAN.withConditions(
            ConditionEntry.of(ConditionCode.ANTICOAGULANT_THERAPY));

    private static SafetyToday today(Histories histories) {
        return EffectiveSafety.on(TODAY, histories.history());
    }

    @Test
    void rule1AHoldOutlivesALaterCleanScreen() {
        SafetyToday safety = today(Histories.start().screen(SADDLE_NUMBNESS).screen(CLEAN));

        assertThat(safety.onHold()).isTrue();
        assertThat(safety.badge()).isEqualTo(SafetyBadge.ON_HOLD);
        assertThat(safety.anyAllowed()).isFalse();
        assertThat(safety.verdict(SWEDISH).limits()).extracting(Limit::code).containsExactly("RF1");
    }

    @Test
    void rule1OnlyAClinicianEndsAHoldByLiftingItOrSayingNoClearanceIsNeeded() {
        Histories lifted = Histories.start().screen(SADDLE_NUMBNESS).screen(CLEAN);
        lifted.approve(scope().liftingHold().clearance());
        assertThat(today(lifted).onHold()).isFalse();
        assertThat(today(lifted).verdict(SWEDISH).allowed()).isTrue();

        Histories notNeeded = Histories.start().screen(SADDLE_NUMBNESS).screen(CLEAN).notNeeded();
        assertThat(today(notNeeded).badge()).isEqualTo(SafetyBadge.CLEAR);
    }

    @Test
    void rule2AClearanceNeedOutlivesALaterScreenThatNoLongerNeedsIt() {
        SafetyToday safety = today(Histories.start().screen(ANTICOAGULATED).screen(CLEAN));

        assertThat(safety.clearanceStatus()).isEqualTo(ClearanceStatus.AWAITING);
        assertThat(safety.badge()).isEqualTo(SafetyBadge.CLEARANCE_NEEDED);
        assertThat(safety.anyAllowed()).isFalse();
    }

    @Test
    void rule3ARedFlagAfterAClearanceHoldsAtOnce() {
        Histories histories = Histories.start().screen(ANTICOAGULATED);
        histories.approve(scope().only(SWEDISH).cap(SWEDISH, 2).clearance());
        assertThat(today(histories).verdict(SWEDISH).allowed()).isTrue();

        histories.screen(ANTICOAGULATED.withRedFlags(RedFlag.RF8));
        assertThat(today(histories).onHold()).isTrue();
        assertThat(today(histories).anyAllowed()).isFalse();
    }

    @Test
    void rule3ANewConditionThatNeedsClearanceIsNotCoveredByTheOldOne() {
        Histories histories = Histories.start().screen(ANTICOAGULATED);
        histories.approve(scope().only(SWEDISH).cap(SWEDISH, 2).clearance());

        histories.screen(ANTICOAGULATED.withConditions(ConditionEntry.of(ConditionCode.ANTICOAGULANT_THERAPY),
                ConditionEntry.of(ConditionCode.OSTEOPOROSIS)));

        assertThat(today(histories).clearanceStatus()).isEqualTo(ClearanceStatus.AWAITING);
        assertThat(today(histories).anyAllowed()).isFalse();
    }

    @Test
    void rule3ANewLimitThatNeedsNoClearanceAppliesAtOnceUnderTheSameClearance() {
        Histories histories = Histories.start().screen(ANTICOAGULATED);
        histories.approve(scope().only(SWEDISH).cap(SWEDISH, 2).clearance());

        histories.screen(CLEAN.withConditions(ConditionEntry.of(ConditionCode.ANTICOAGULANT_THERAPY),
                ConditionEntry.at(ConditionCode.SKIN_LESION, BodyRegion.SACRUM)));

        SafetyToday safety = today(histories);
        assertThat(safety.clearanceStatus()).isEqualTo(ClearanceStatus.VALID);
        assertThat(safety.verdict(SWEDISH).allowed()).isTrue();
        assertThat(safety.verdict(SWEDISH).avoidRegions()).contains(BodyRegion.SACRUM);
    }

    @Test
    void aRescreenThatRaisesNothingNewStaysCoveredByTheClearance() {
        Histories histories = Histories.start().screen(ANTICOAGULATED);
        histories.approve(scope().only(SWEDISH).cap(SWEDISH, 2).clearance());

        histories.screen(ANTICOAGULATED);

        assertThat(today(histories).badge()).isEqualTo(SafetyBadge.CLEARED);
    }

    @Test
    void rule4NotNeededIsAResolutionThatALaterRestrictionReopens() {
        Histories histories = Histories.start().screen(ANTICOAGULATED).screen(CLEAN).notNeeded();
        assertThat(today(histories).clearanceStatus()).isEqualTo(ClearanceStatus.NOT_NEEDED);

        histories.screen(ANTICOAGULATED);
        assertThat(today(histories).clearanceStatus()).isEqualTo(ClearanceStatus.AWAITING);
    }

    @Test
    void aRefusalAllowsNothingEvenAfterACleanScreen() {
        Histories histories = Histories.start().screen(ANTICOAGULATED).decline().screen(CLEAN);

        assertThat(today(histories).badge()).isEqualTo(SafetyBadge.DECLINED);
        assertThat(today(histories).anyAllowed()).isFalse();
    }

    @Test
    void rule7AClearanceWithoutHeatMeansNoHeatForEveryTechnique() {
        Histories histories = Histories.start().screen(ANTICOAGULATED);
        histories.approve(scope().only(SWEDISH, HOT_STONE).cap(SWEDISH, 2).cap(HOT_STONE, 2).heat(Heat.NONE)
                .clearance());

        SafetyToday safety = today(histories);
        assertThat(safety.verdict(SWEDISH).allowed()).isTrue();
        assertThat(safety.verdict(SWEDISH).heat()).isEqualTo(Heat.NONE);
        assertThat(safety.verdict(HOT_STONE).allowed()).isFalse();
        for (Technique technique : Technique.values()) {
            assertThat(safety.verdict(technique).heat()).as(technique.name()).isEqualTo(Heat.NONE);
        }
    }

    @Test
    void rule6TheBadgeNeverSaysGoWhileNothingMayBeDone() {
        for (Histories histories : new Histories[] { Histories.start().screen(SADDLE_NUMBNESS).screen(CLEAN),
                Histories.start().screen(ANTICOAGULATED).screen(CLEAN),
                Histories.start().screen(ANTICOAGULATED).decline() }) {
            SafetyToday safety = today(histories);
            assertThat(safety.badge().stops()).isTrue();
            assertThat(safety.anyAllowed()).isFalse();
        }
    }
}
