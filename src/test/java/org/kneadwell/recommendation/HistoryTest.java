package org.kneadwell.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kneadwell.recommendation.APatient.entry;
import static org.kneadwell.recommendation.APatient.order;
import static org.kneadwell.shared.Technique.*;

import org.junit.jupiter.api.Test;

/** Once sessions exist, the technique that moved this patient's pain most (mean pre-post drop) moves up. */
class HistoryTest {

    @Test
    void saysNoSessionsYetWhenThereAreNone() {
        Recommendation recommendation = APatient.withNothingStated().ranked();

        assertThat(recommendation.ranked()).allSatisfy(ranked -> {
            Factor history = ranked.factor(Factor.HISTORY).orElseThrow();
            assertThat(history.contribution()).isZero();
            assertThat(history.plainText()).startsWith("No sessions yet");
            assertThat(history.clinicalText()).startsWith("No sessions yet");
        });
    }

    @Test
    void theTechniqueThatMovedPainMostRisesOnceSessionsExist() {
        int before = order(APatient.withNothingStated().ranked()).indexOf(TRIGGER_POINT);
        Recommendation after = APatient.withNothingStated()
                .afterSession(SWEDISH, 6, 5).afterSession(SWEDISH, 6, 6)
                .afterSession(TRIGGER_POINT, 7, 4).afterSession(TRIGGER_POINT, 6, 3)
                .ranked();

        assertThat(order(after).indexOf(TRIGGER_POINT)).isLessThan(before);
        Factor history = entry(after, TRIGGER_POINT).factor(Factor.HISTORY).orElseThrow();
        assertThat(history.contribution()).isEqualTo(HistoryFactor.BEST_BONUS);
        assertThat(history.clinicalText()).contains("drop 3.0 points, at or above the MCID");
        assertThat(history.plainText()).contains("from 6.5 to 3.5 out of 10").contains("biggest drop");
        assertThat(entry(after, SWEDISH).factor(Factor.HISTORY).orElseThrow().contribution()).isZero();
        assertThat(entry(after, HOT_STONE).factor(Factor.HISTORY).orElseThrow().plainText())
                .isEqualTo("You have not had this one yet.");
    }

    @Test
    void aTechniqueThatRaisedPainOnAverageLosesALittle() {
        Recommendation recommendation = APatient.withNothingStated()
                .afterSession(DEEP_TISSUE, 4, 6).afterSession(SWEDISH, 5, 4).ranked();

        Factor deepTissue = entry(recommendation, DEEP_TISSUE).factor(Factor.HISTORY).orElseThrow();
        assertThat(deepTissue.contribution()).isNegative();
        assertThat(deepTissue.clinicalText()).contains("pain rose on average").contains("[S30]");
    }
}
