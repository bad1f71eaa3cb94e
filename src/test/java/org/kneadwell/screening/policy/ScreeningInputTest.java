package org.kneadwell.screening.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.kneadwell.screening.policy.ConditionCode.*;
import static org.kneadwell.shared.BodyRegion.*;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The domain's own guard: values that cannot be valid are refused however they arrive. */
class ScreeningInputTest {

    @Test
    void refusesOutOfRangeNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScreeningInput.ofWeeks(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> ScreeningInput.ofWeeks(5201));
        assertThatIllegalArgumentException().isThrownBy(() -> ScreeningInput.ofWeeks(3).withPainIntensity(11));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ScreeningInput(121, 3, null, null, null, null, null, null, null));
    }

    @Test
    void refusesConditionFieldsThatDoNotFit() {
        assertThatIllegalArgumentException().isThrownBy(() -> ConditionEntry.of(RECENT_SURGERY));
        assertThatIllegalArgumentException().isThrownBy(() -> ConditionEntry.of(PREGNANCY));
        assertThatIllegalArgumentException().isThrownBy(() -> ConditionEntry.pregnancy(46, false));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ConditionEntry(RECENT_SURGERY, Set.of(CHEST), null, false, true));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ConditionEntry(FRAIL, Set.of(), 12, false, false));
    }

    @Test
    void fillsInDefaultRegions() {
        assertThat(ConditionEntry.of(ANEURYSM).regions()).containsExactly(ABDOMEN);
        assertThat(ConditionEntry.of(RADICULAR_SYMPTOMS).regions())
                .containsExactlyInAnyOrder(LOWER_BACK_LEFT, LOWER_BACK_RIGHT, SACRUM);
        assertThat(ConditionEntry.of(CANCER).regions()).isEmpty();
    }

    @Test
    void absentListsMeanNone() {
        ScreeningInput input = ScreeningInput.ofWeeks(3);

        assertThat(input.redFlags()).isEmpty();
        assertThat(input.conditions()).isEmpty();
        assertThat(input.treatmentRegions()).isEmpty();
    }
}
