package org.kneadwell.screening.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kneadwell.screening.policy.RedFlag.*;
import static org.kneadwell.screening.policy.TriageTier.*;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kneadwell.shared.Cause;
import org.kneadwell.shared.Technique;

/** Every triage rule of screening contract §2.1, each flag alone and each combination, with its reasons. */
class TriageRulesTest {

    private static Triage triage(ScreeningInput input) {
        return ScreeningEngine.evaluate(input, ScreeningPolicy.reference()).triage();
    }

    private static List<String> codes(Triage triage) {
        return triage.reasons().stream().map(Reason::code).toList();
    }

    private static ScreeningInput flags(String spaceSeparated) {
        return ScreeningInput.ofWeeks(20).withRedFlags(Arrays.stream(spaceSeparated.split(" "))
                .map(RedFlag::valueOf).toArray(RedFlag[]::new));
    }

    @ParameterizedTest(name = "{0} alone: {1}")
    @CsvSource({ "RF1, EMERGENCY", "RF2, EMERGENCY", "RF3, EMERGENCY", "RF4, EMERGENCY", "RF5, EMERGENCY",
            "RF6, CLINICIAN_REVIEW", "RF7, EMERGENCY", "RF8, URGENT", "RF9, CLINICIAN_REVIEW",
            "RF10, CLINICIAN_REVIEW", "RF11, PROMPT", "RF12, PROMPT", "RF13, CLINICIAN_REVIEW", "RF14, PROMPT",
            "RF15, CLINICIAN_REVIEW", "RF16, CLINICIAN_REVIEW", "RF17, CLINICIAN_REVIEW", "RF18A, NONE",
            "RF18B, NONE", "RF18C, NONE", "RF18D, NONE", "RF18E, NONE" })
    void eachFlagAloneSetsItsTier(RedFlag flag, TriageTier tier) {
        Triage triage = triage(ScreeningInput.ofWeeks(20).withRedFlags(flag));

        assertThat(triage.tier()).isEqualTo(tier);
        assertThat(triage.massageOnHold()).isEqualTo(tier == EMERGENCY || tier == URGENT || tier == PROMPT);
        assertThat(codes(triage)).isEqualTo(tier == NONE ? List.of() : List.of(flag.name()));
    }

    @ParameterizedTest(name = "{0}: {1} because {2}")
    @CsvSource({
            "RF8 RF9, EMERGENCY, RF8 RF9",
            "RF10 RF1, EMERGENCY, RF1 RF10",
            "RF10 RF6, EMERGENCY, RF6 RF10",
            "RF10 RF7, EMERGENCY, RF7 RF10",
            "RF10 RF11, URGENT, RF10 RF11",
            "RF10 RF12, URGENT, RF10 RF12",
            "RF10 RF13, URGENT, RF10 RF13",
            "RF10 RF14, URGENT, RF10 RF14",
            "RF2 RF8, EMERGENCY, RF2",
            "RF11 RF15, PROMPT, RF11",
            "RF9 RF15 RF16, CLINICIAN_REVIEW, RF9 RF15 RF16",
            "RF6 RF13, CLINICIAN_REVIEW, RF6 RF13",
            "RF18A RF18B RF18C, CLINICIAN_REVIEW, RF18A RF18B RF18C",
            "RF18A RF18B RF18C RF18D, PROMPT, RF18A RF18B RF18C RF18D",
            "RF18A RF18B RF18C RF18D RF18E, PROMPT, RF18A RF18B RF18C RF18D RF18E",
            "RF18B RF18C RF18E RF15, CLINICIAN_REVIEW, RF15 RF18B RF18C RF18E" })
    void combinationsSetTheFirstMatchingTierAndListEveryFlagAtIt(String given, TriageTier tier, String reasons) {
        Triage triage = triage(flags(given));

        assertThat(triage.tier()).isEqualTo(tier);
        assertThat(codes(triage)).containsExactly(reasons.split(" "));
    }

    @ParameterizedTest(name = "RF17 with pain {0}: {1}")
    @CsvSource({ "7, CLINICIAN_REVIEW", "8, EMERGENCY", "10, EMERGENCY", "0, CLINICIAN_REVIEW" })
    void aPulsatingAbdomenIsAnEmergencyOnlyWithSeverePain(int intensity, TriageTier tier) {
        assertThat(triage(flags("RF17").withPainIntensity(intensity)).tier()).isEqualTo(tier);
    }

    @Test
    void aPulsatingAbdomenWithoutAPainScoreNeedsAClinician() {
        assertThat(triage(flags("RF17")).tier()).isEqualTo(CLINICIAN_REVIEW);
    }

    @Test
    void anInflammatoryArthritisCauseNeedsAClinician() {
        Triage triage = triage(ScreeningInput.ofWeeks(20).withCauses(Cause.INFLAMMATORY_ARTHRITIS, Cause.MUSCLE_STRAIN));

        assertThat(triage.tier()).isEqualTo(CLINICIAN_REVIEW);
        assertThat(triage.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("INFLAMMATORY_ARTHRITIS");
            assertThat(reason.sources()).containsExactly("S11");
        });
    }

    @Test
    void flagsConditionsAndCausesAtClinicianReviewAreAllReasons() {
        ScreeningInput input = flags("RF15").withCauses(Cause.INFLAMMATORY_ARTHRITIS)
                .withConditions(ConditionEntry.of(ConditionCode.OSTEOPOROSIS), ConditionEntry.of(ConditionCode.FRAIL));

        assertThat(codes(triage(input))).containsExactly("RF15", "OSTEOPOROSIS", "INFLAMMATORY_ARTHRITIS");
    }

    @Test
    void nothingIsDerivedFromOneAnswerForAnother() {
        ScreeningInput input = new ScreeningInput(67, 20, 9, null, null, null, null,
                List.of(ConditionEntry.of(ConditionCode.FEVER_OR_ACUTE_INFECTION)), null);

        assertThat(triage(input).tier()).as("age 67 is not RF15, a fever today is not RF8").isEqualTo(NONE);
    }

    @Test
    void aReasonCitesTheFlagsSourcesThatItsTierLineCites() {
        assertThat(triage(flags("RF15")).reasons().get(0).sources()).containsExactly("S8", "S9");
        assertThat(triage(flags("RF2")).reasons().get(0).sources()).containsExactly("S7", "S3");
        assertThat(triage(flags("RF13")).reasons().get(0).sources()).as("no overlap: its own").containsExactly("S5");
        assertThat(triage(flags("RF18A RF18B RF18C RF18D")).reasons()).allSatisfy(
                reason -> assertThat(reason.sources()).containsExactly("S10"));
    }

    @Test
    void aHoldContraindicatesEveryTechniqueWithTheFlagsButKeepsTheConditionsVerdicts() {
        ScreeningResult result = ScreeningEngine.evaluate(flags("RF2 RF8")
                .withConditions(ConditionEntry.of(ConditionCode.BLEEDING_DISORDER)), ScreeningPolicy.reference());

        assertThat(result.triage().massageOnHold()).isTrue();
        assertThat(result.clearanceRequired()).isTrue();
        for (Technique technique : Technique.values()) {
            TechniqueVerdict verdict = result.verdict(technique);
            Expected.parse("CI").assertMatches(verdict);
            assertThat(verdict.reasons()).extracting(Reason::code).containsExactly("RF2");
            assertThat(verdict.clearanceRequired()).isTrue();
        }
        List<TechniqueVerdict> conditions = result.conditionVerdicts();
        Expected.parse("p2").assertMatches(conditions.get(Technique.SWEDISH.ordinal()));
        Expected.parse("CI").assertMatches(conditions.get(Technique.DEEP_TISSUE.ordinal()));
        Expected.parse("p2").assertMatches(conditions.get(Technique.HOT_STONE.ordinal()));
    }

    @Test
    void clinicianReviewDoesNotPutMassageOnHold() {
        ScreeningResult result = ScreeningEngine.evaluate(flags("RF10"), ScreeningPolicy.reference());

        assertThat(result.triage().massageOnHold()).isFalse();
        assertThat(result.techniques()).isEqualTo(result.conditionVerdicts());
    }
}
