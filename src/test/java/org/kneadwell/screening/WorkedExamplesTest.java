package org.kneadwell.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kneadwell.screening.WorkedExamples.Example;
import org.kneadwell.screening.policy.ScreeningEngine;
import org.kneadwell.screening.policy.ScreeningPolicy;

/** Every worked example of the contract, through the request reader and the engine (no HTTP). */
class WorkedExamplesTest {

    static List<Example> examples() {
        return WorkedExamples.all();
    }

    @Test
    void allExamplesAreHere() {
        assertThat(examples()).hasSize(7);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theEngineGivesTheExpectedAnswer(Example example) {
        EvaluateRequest request = WorkedExamples.JSON.treeToValue(example.request(), EvaluateRequest.class);
        if (example.isRefused()) {
            assertThatThrownBy(() -> ScreeningRequestReader.read(request))
                    .isInstanceOfSatisfying(InvalidScreeningRequestException.class,
                            e -> assertThat(e.fieldErrors()).containsOnlyKeys("painIntensity"));
            return;
        }
        ScreeningResponse response = ScreeningResponse.of(
                ScreeningEngine.evaluate(ScreeningRequestReader.read(request), ScreeningPolicy.reference()));
        WorkedExamples.assertAnswers(example, WorkedExamples.JSON.valueToTree(response));
    }
}
