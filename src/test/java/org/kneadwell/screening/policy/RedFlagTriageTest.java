package org.kneadwell.screening.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The intake's red-flag step is triaged as soon as it is answered (issue 8, item 4): the answers alone give the
 * tier a whole screen with the same flags gives, by the same rules of screening contract §2.1.
 */
class RedFlagTriageTest {

    private static Set<RedFlag> flags(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.split(" ")).map(RedFlag::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RedFlag.class)));
    }

    @ParameterizedTest(name = "{0} with pain {1}: {2}")
    @CsvSource({ "RF1, , EMERGENCY", "RF2, , EMERGENCY", "RF3, , EMERGENCY", "RF4, , EMERGENCY",
            "RF5, , EMERGENCY", "RF7, , EMERGENCY", "RF8 RF9, , EMERGENCY", "RF10 RF6, , EMERGENCY",
            "RF17, 8, EMERGENCY", "RF17, 7, CLINICIAN_REVIEW", "RF17, , CLINICIAN_REVIEW", "RF8, , URGENT",
            "RF6, , CLINICIAN_REVIEW", "RF11, , PROMPT", "RF18A, , NONE" })
    void redFlagAnswersAloneGiveTheTierOfAWholeScreen(String given, Integer pain, TriageTier tier) {
        Triage alone = ScreeningEngine.redFlagTriage(flags(given), pain);
        Triage whole = ScreeningEngine.evaluate(new ScreeningInput(50, 30, pain, null, null, null, flags(given), null,
                null), ScreeningPolicy.reference()).triage();

        assertThat(alone.tier()).isEqualTo(tier).isEqualTo(whole.tier());
        assertThat(alone.reasons()).isEqualTo(whole.reasons());
    }

    @Test
    void noRedFlagAnsweredYesIsNoTier() {
        assertThat(ScreeningEngine.redFlagTriage(Set.of(), null).tier()).isEqualTo(TriageTier.NONE);
    }
}
