package org.kneadwell.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kneadwell.recommendation.APatient.order;
import static org.kneadwell.shared.Technique.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kneadwell.screening.policy.StartBackRisk;
import org.kneadwell.shared.Goal;

/** The same patient always gets the same ranking, whatever order the options arrive in; ties follow Technique order. */
class DeterministicRankingTest {

    @Test
    void sameInputSameRankingWhateverTheOptionOrder() {
        RecommendationInput input = APatient.withNothingStated().wanting(Goal.MUSCLE_TENSION, Goal.STRESS_RELIEF)
                .atStartBackRisk(StartBackRisk.MEDIUM).afterSession(HOT_STONE, 5, 3).input();
        Recommendation first = new Recommender().rank(input);
        for (long seed = 1; seed <= 5; seed++) {
            List<TechniqueOption> shuffled = new ArrayList<>(input.options());
            Collections.shuffle(shuffled, new Random(seed));
            RecommendationInput reordered = new RecommendationInput(shuffled, input.goals(), input.preferences(),
                    input.startBackRisk(), input.history());

            assertThat(new Recommender().rank(reordered)).isEqualTo(first);
        }
    }

    @Test
    void tiesFallBackToTechniqueOrder() {
        Recommendation recommendation = APatient.withNothingStated().ranked();

        assertThat(recommendation.ranked().get(3).score()).isEqualTo(recommendation.ranked().get(4).score());
        assertThat(order(recommendation)).containsExactly(SWEDISH, DEEP_TISSUE, MYOFASCIAL_RELEASE, TRIGGER_POINT,
                HOT_STONE);
        assertThat(recommendation.ranked()).extracting(RankedTechnique::rank).containsExactly(1, 2, 3, 4, 5);
    }
}
