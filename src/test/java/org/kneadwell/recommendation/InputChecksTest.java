package org.kneadwell.recommendation;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.kneadwell.shared.Technique.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kneadwell.screening.policy.Heat;

/** The input records refuse values that cannot be true, so the recommender never ranks nonsense. */
class InputChecksTest {

    @Test
    void refusesAForbiddenOptionWithoutAReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TechniqueOption(SWEDISH, false, 0, Heat.NONE, List.of()));
    }

    @Test
    void refusesPressureOutsideTheWaltonScale() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TechniqueOption(SWEDISH, true, 6, Heat.STANDARD, List.of()));
    }

    @Test
    void refusesHotStoneAllowedWithoutHeat() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TechniqueOption(HOT_STONE, true, 3, Heat.NONE, List.of("no heat")));
    }

    @Test
    void refusesPainOutsideZeroToTen() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SessionOutcome(SWEDISH, 11, 4));
    }

    @Test
    void needsExactlyOneOptionPerTechnique() {
        List<TechniqueOption> four = List.of(TechniqueOption.unrestricted(SWEDISH), TechniqueOption.unrestricted(DEEP_TISSUE),
                TechniqueOption.unrestricted(TRIGGER_POINT), TechniqueOption.unrestricted(HOT_STONE));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecommendationInput(four, Set.of(), Preferences.none(), null, List.of()));
    }

    @Test
    void refusesAFactorWhoseClaimHasNoSource() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Factor(Factor.EVIDENCE, 1, "Strong evidence", "It works.", List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Factor(Factor.EVIDENCE, 1, "Strong evidence", "It works.", List.of("S24")));
    }
}
