package org.kneadwell.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kneadwell.recommendation.APatient.order;
import static org.kneadwell.shared.Goal.*;
import static org.kneadwell.shared.Technique.*;

import org.junit.jupiter.api.Test;

/** The benefit map (clinical-reference §4, §5.3) moves techniques towards the goals the patient chose. */
class GoalsChangeTheOrderTest {

    @Test
    void stressReliefFavoursSwedishThenHotStone() {
        assertThat(order(APatient.withNothingStated().wanting(STRESS_RELIEF).ranked()).subList(0, 2))
                .containsExactly(SWEDISH, HOT_STONE);
    }

    @Test
    void painReliefFavoursSwedishDeepTissueAndMyofascialRelease() {
        assertThat(order(APatient.withNothingStated().wanting(PAIN_RELIEF).ranked()).subList(0, 3))
                .containsExactly(SWEDISH, DEEP_TISSUE, MYOFASCIAL_RELEASE);
    }

    @Test
    void hotStoneRanksHigherForStressThanForPain() {
        int forStress = order(APatient.withNothingStated().wanting(STRESS_RELIEF).ranked()).indexOf(HOT_STONE);
        int forPain = order(APatient.withNothingStated().wanting(PAIN_RELIEF).ranked()).indexOf(HOT_STONE);

        assertThat(forStress).isLessThan(forPain);
    }

    @Test
    void rangeOfMotionLiftsMyofascialReleaseAboveDeepTissue() {
        assertThat(order(APatient.withNothingStated().wanting(RANGE_OF_MOTION).ranked()))
                .startsWith(MYOFASCIAL_RELEASE);
    }

    @Test
    void trialEvidenceForPainMapsToStrengthTwoAndGapsToZero() {
        assertThat(BenefitMap.of(SWEDISH, PAIN_RELIEF).strength()).isEqualTo(2);
        assertThat(BenefitMap.of(TRIGGER_POINT, PAIN_RELIEF).reason()).contains("not self-reported pain");
        assertThat(BenefitMap.of(HOT_STONE, PAIN_RELIEF).sources()).containsExactly("S17");
        assertThat(BenefitMap.of(DEEP_TISSUE, POSTURE).reason()).contains("evidence gap");
        assertThat(BenefitMap.of(SWEDISH, CIRCULATION).reason()).contains("contested");
    }

    @Test
    void theGoalsFactorSaysWhyInBothVoices() {
        Factor goals = APatient.entry(APatient.withNothingStated().wanting(STRESS_RELIEF).ranked(), SWEDISH)
                .factor(Factor.GOALS).orElseThrow();

        assertThat(goals.clinicalText()).contains("stress relief 2/2").contains("[S32]");
        assertThat(goals.plainText()).contains("good evidence it helps with feeling less stressed");
    }
}
