package org.kneadwell.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.screening.policy.ScreenFacts;
import org.kneadwell.screening.policy.ScreeningInput;
import org.kneadwell.screening.policy.ScreeningResult;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.screening.policy.TriageTier;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;

import tools.jackson.databind.json.JsonMapper;

/**
 * A screening stored today must stay readable after the record types change: these fixtures are results and answers
 * written in schema version 1, kept byte for byte. When a type changes, this test fails until
 * {@link ScreeningResults#readResult} learns to read version 1 into the new types.
 */
class StoredScreeningFormatTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aResultStoredInVersionOneReadsAsItWasScreened() throws IOException {
        ScreeningResult result = ScreeningResults.readResult(json, fixture("stored-result-v1.json"), 1);

        assertThat(result.policyVersion()).isEqualTo("2026.1");
        assertThat(result.triage().tier()).isEqualTo(TriageTier.CLINICIAN_REVIEW);
        assertThat(result.clearanceRequired()).isTrue();
        assertThat(result.verdict(Technique.SWEDISH).status()).isEqualTo(TechniqueStatus.RESTRICTED);
        assertThat(result.verdict(Technique.SWEDISH).maxPressure()).isEqualTo(2);
        assertThat(result.verdict(Technique.SWEDISH).avoidRegions()).contains(BodyRegion.SACRUM);
        assertThat(result.verdict(Technique.DEEP_TISSUE).status()).isEqualTo(TechniqueStatus.CONTRAINDICATED);
        assertThat(result.startBack().total()).isEqualTo(5);
    }

    @Test
    void theAnswersStoredWithItGiveTheFactsAClinicianCompares() throws IOException {
        ScreeningResult result = ScreeningResults.readResult(json, fixture("stored-result-v1.json"), 1);
        ScreeningInput input = json.readValue(fixture("stored-input-v1.json"), ScreeningInput.class);

        ScreenFacts facts = ScreenFacts.of(input, result);
        assertThat(facts.redFlags()).containsExactly(RedFlag.RF15);
        assertThat(facts.conditions()).containsExactlyInAnyOrder(ConditionCode.ANTICOAGULANT_THERAPY,
                ConditionCode.SKIN_LESION);
        assertThat(ScreenFacts.of(null, result).conditions()).as("without answers, from the reasons")
                .contains(ConditionCode.ANTICOAGULANT_THERAPY, ConditionCode.SKIN_LESION);
    }

    @Test
    void aFormatThisVersionDoesNotKnowFailsLoudlyInsteadOfGuessing() throws IOException {
        String stored = fixture("stored-result-v1.json");
        assertThatThrownBy(() -> ScreeningResults.readResult(json, stored, 2)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("format 2");
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = StoredScreeningFormatTest.class.getResourceAsStream("/screening/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
