package org.kneadwell.screening.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReasonNamesTest {

    @Test
    void aRedFlagIsNamedByItsSummaryNotItsNumber() {
        Reason reason = new Reason("RF15", "anything", List.of("S8"));
        assertThat(ReasonNames.of(reason)).isEqualTo(RedFlag.RF15.summary()).doesNotContain("RF15");
    }

    @Test
    void aConditionIsNamedByItsClinicalLabel() {
        Reason reason = new Reason("RADICULAR_SYMPTOMS", "Nerve-root pain from a disc: moderate pressure at most.",
                List.of("S40"));
        assertThat(ReasonNames.of(reason)).isEqualTo("Herniated disc with sciatica or nerve-root pain");
        assertThat(ReasonNames.unlessSaid(reason)).isEqualTo("Herniated disc with sciatica or nerve-root pain");
    }

    @Test
    void aNameTheTextAlreadyOpensWithIsNotSaidTwice() {
        Reason reason = new Reason("INFLAMMATORY_ARTHRITIS",
                "Inflammatory arthritis: a clinician must review this before the first session.", List.of("S11"));
        assertThat(ReasonNames.of(reason)).isEqualTo("Inflammatory arthritis");
        assertThat(ReasonNames.unlessSaid(reason)).isEmpty();
    }
}
