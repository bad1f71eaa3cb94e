package org.kneadwell.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kneadwell.recommendation.APatient.entry;
import static org.kneadwell.recommendation.APatient.order;
import static org.kneadwell.shared.Technique.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kneadwell.screening.policy.Heat;

/** The recommender ranks only what effective safety allows, and names every limit it was given. */
class SafetyWithinRankingTest {

    private static final String ANTICOAGULANT = "not with anticoagulants (screen of 12 Feb)";

    @Test
    void leavesOutForbiddenTechniquesAndSaysWhy() {
        Recommendation recommendation = APatient.withNothingStated()
                .safetyToday(TechniqueOption.forbidden(DEEP_TISSUE, ANTICOAGULANT))
                .safetyToday(TechniqueOption.forbidden(TRIGGER_POINT, ANTICOAGULANT))
                .ranked();

        assertThat(order(recommendation)).containsExactly(SWEDISH, MYOFASCIAL_RELEASE, HOT_STONE);
        assertThat(recommendation.excluded()).extracting(ExcludedTechnique::technique)
                .containsExactly(DEEP_TISSUE, TRIGGER_POINT);
        assertThat(recommendation.excluded().get(0).clinicalText()).contains(ANTICOAGULANT);
        assertThat(recommendation.excluded().get(0).plainText())
                .startsWith("Deep tissue massage is not safe for you at the moment").contains(ANTICOAGULANT);
    }

    @Test
    void namesTheLimitsOnARestrictedTechniqueAndRanksItBelowAnEqualUnrestrictedOne() {
        String cap = "pressure at most level 2 (clearance by Dr Shah until 3 Mar)";
        Recommendation recommendation = APatient.withNothingStated()
                .safetyToday(new TechniqueOption(SWEDISH, true, 2, Heat.STANDARD, List.of(cap)))
                .ranked();

        RankedTechnique swedish = entry(recommendation, SWEDISH);
        assertThat(swedish.limits()).containsExactly(cap);
        assertThat(swedish.factor(Factor.SAFETY_LIMIT)).hasValueSatisfying(factor -> {
            assertThat(factor.contribution()).isNegative();
            assertThat(factor.clinicalText()).contains(cap);
            assertThat(factor.plainText()).contains(cap).contains("gentler than this massage is usually done");
        });
        assertThat(swedish.rank()).isGreaterThan(entry(recommendation, DEEP_TISSUE).rank());
    }

    @Test
    void anUnrestrictedTechniqueHasNoSafetyFactor() {
        Recommendation recommendation = APatient.withNothingStated().ranked();

        assertThat(recommendation.excluded()).isEmpty();
        assertThat(recommendation.ranked()).allSatisfy(r -> assertThat(r.factor(Factor.SAFETY_LIMIT)).isEmpty());
    }
}
