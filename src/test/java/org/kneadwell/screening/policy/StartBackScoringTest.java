package org.kneadwell.screening.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** STarT Back scoring, screening contract §3: items 1–9, subscale items 5–9, Keele's cut-offs. */
class StartBackScoringTest {

    /** Eight 0/1 answers as a string, e.g. {@code 10100110}. */
    private static StartBackAnswers answers(String agree, Bothersomeness bothersomeness) {
        List<Boolean> items = new ArrayList<>();
        agree.chars().forEach(c -> items.add(c == '1'));
        return new StartBackAnswers(items, bothersomeness);
    }

    @ParameterizedTest(name = "{0} + {1}: {2}/{3} {4}")
    @CsvSource({
            "00000000, NOT_AT_ALL, 0, 0, LOW",
            "11100000, MODERATELY, 3, 0, LOW",
            "11110000, NOT_AT_ALL, 4, 0, MEDIUM",
            "11100000, VERY_MUCH, 4, 1, MEDIUM",
            "10101100, VERY_MUCH, 5, 3, MEDIUM",
            "00001110, EXTREMELY, 4, 4, HIGH",
            "00001111, NOT_AT_ALL, 4, 4, HIGH",
            "11101110, SLIGHTLY, 6, 3, MEDIUM",
            "10101110, VERY_MUCH, 6, 4, HIGH",
            "11111111, EXTREMELY, 9, 5, HIGH" })
    void scoresTotalSubscaleAndRisk(String agree, Bothersomeness bothersomeness, int total, int psychosocial,
            StartBackRisk risk) {
        assertThat(answers(agree, bothersomeness).score()).isEqualTo(new StartBackScore(total, psychosocial, risk));
    }

    @Test
    void onlyVeryMuchAndExtremelyScoreAPoint() {
        assertThat(List.of(Bothersomeness.values())).extracting(Bothersomeness::score).containsExactly(0, 0, 0, 1, 1);
    }

    @Test
    void refusesAnythingButEightAnswers() {
        assertThatIllegalArgumentException().isThrownBy(() -> answers("1010101", Bothersomeness.SLIGHTLY));
        assertThatIllegalArgumentException().isThrownBy(() -> answers("101010101", Bothersomeness.SLIGHTLY));
    }

    @Test
    void theScreenReportsTheScoreOnlyWhenAnswersWereGiven() {
        ScreeningInput input = ScreeningInput.ofWeeks(30).withStartBack(answers("10101110", Bothersomeness.VERY_MUCH));

        assertThat(ScreeningEngine.evaluate(input, ScreeningPolicy.reference()).startBack())
                .isEqualTo(new StartBackScore(6, 4, StartBackRisk.HIGH));
        assertThat(ScreeningEngine.evaluate(ScreeningInput.ofWeeks(30), ScreeningPolicy.reference()).startBack())
                .isNull();
    }
}
