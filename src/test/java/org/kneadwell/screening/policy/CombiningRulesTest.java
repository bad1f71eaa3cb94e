package org.kneadwell.screening.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kneadwell.screening.policy.ConditionCode.*;
import static org.kneadwell.screening.policy.ConditionEntry.at;
import static org.kneadwell.screening.policy.ConditionEntry.of;
import static org.kneadwell.shared.BodyRegion.*;
import static org.kneadwell.shared.Technique.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;

/** Screening contract §2.3: how several matched rows combine into one verdict per technique. */
class CombiningRulesTest {

    private static ScreeningResult evaluate(ScreeningInput input) {
        return ScreeningEngine.evaluate(input, ScreeningPolicy.reference());
    }

    private static ScreeningResult withConditions(ConditionEntry... entries) {
        return evaluate(ScreeningInput.ofWeeks(20).withConditions(entries));
    }

    @Test
    void theLowestPressureCapWins() {
        ScreeningResult result = withConditions(of(FRAIL), of(OSTEOPOROSIS));

        Expected.parse("p2").assertMatches(result.verdict(SWEDISH));
        Expected.parse("p2").assertMatches(result.verdict(MYOFASCIAL_RELEASE));
        Expected.parse("p2 warm").assertMatches(result.verdict(HOT_STONE));
    }

    @Test
    void theMostRestrictiveHeatWins() {
        ScreeningResult result = withConditions(of(UNCONTROLLED_HYPERTENSION), of(HEAT_SENSITIVITY), of(FRAIL));

        Expected.parse("p3 warm").assertMatches(result.verdict(HOT_STONE));
        assertThat(result.verdict(HOT_STONE).reasons()).extracting(Reason::code)
                .containsExactly("UNCONTROLLED_HYPERTENSION", "HEAT_SENSITIVITY", "FRAIL");
    }

    @Test
    void avoidedRegionsAreTheUnionSortedByCode() {
        ScreeningResult result = withConditions(at(RECENT_SURGERY, LOWER_BACK_LEFT), at(HAEMATOMA, CALF_LEFT),
                at(RECENT_SURGERY, ABDOMEN));

        assertThat(result.verdict(SWEDISH).avoidRegions()).containsExactly(ABDOMEN, CALF_LEFT, LOWER_BACK_LEFT);
        assertThat(result.verdict(SWEDISH).reasons()).extracting(Reason::code)
                .containsExactly("RECENT_SURGERY", "HAEMATOMA");
    }

    @Test
    void contraindicatedBeatsRestrictedAndReportsNoLimits() {
        ScreeningResult result = withConditions(ConditionEntry.pregnancy(20, false), of(FRAIL));

        TechniqueVerdict deepTissue = result.verdict(DEEP_TISSUE);
        assertThat(deepTissue.status()).isEqualTo(TechniqueStatus.CONTRAINDICATED);
        assertThat(deepTissue.maxPressure()).isZero();
        assertThat(deepTissue.heat()).isEqualTo(Heat.NONE);
        assertThat(deepTissue.avoidRegions()).isEmpty();
        assertThat(deepTissue.reasons()).extracting(Reason::code).containsExactly("FRAIL");
        Expected.parse("p3 ABDOMEN").assertMatches(result.verdict(SWEDISH));
    }

    @Test
    void techniquesOtherThanHotStoneReportStandardHeatUnlessContraindicated() {
        ScreeningResult result = withConditions(of(FRAIL), of(HEAT_SENSITIVITY));

        for (Technique technique : List.of(SWEDISH, TRIGGER_POINT, MYOFASCIAL_RELEASE)) {
            assertThat(result.verdict(technique).heat()).isEqualTo(Heat.STANDARD);
        }
        assertThat(result.verdict(DEEP_TISSUE).heat()).isEqualTo(Heat.NONE);
        assertThat(result.verdict(HOT_STONE).heat()).isEqualTo(Heat.WARM_ONLY);
    }

    @Test
    void aTechniqueWhoseAvoidedRegionsCoverEveryTreatmentRegionSaysSo() {
        ScreeningInput input = ScreeningInput.ofWeeks(20).withConditions(at(RECENT_SURGERY, LOWER_BACK_LEFT, SACRUM))
                .withTreatmentRegions(LOWER_BACK_LEFT, SACRUM);

        TechniqueVerdict swedish = evaluate(input).verdict(SWEDISH);
        assertThat(swedish.status()).isEqualTo(TechniqueStatus.RESTRICTED);
        assertThat(swedish.reasons()).extracting(Reason::code)
                .containsExactly("RECENT_SURGERY", Restrictions.TREATMENT_REGIONS_AVOIDED);
        assertThat(swedish.reasons().get(1).sources()).containsExactly("S31", "S39");
    }

    @Test
    void treatmentRegionsDefaultToThePainRegions() {
        ScreeningInput input = new ScreeningInput(40, 20, 5, Set.of(LOWER_BACK_LEFT), null, null, null,
                List.of(at(RECENT_SURGERY, LOWER_BACK_LEFT)), null);

        assertThat(input.treatmentRegions()).containsExactly(LOWER_BACK_LEFT);
        assertThat(evaluate(input).verdict(HOT_STONE).reasons()).extracting(Reason::code)
                .contains(Restrictions.TREATMENT_REGIONS_AVOIDED);
    }

    @Test
    void aTreatmentRegionLeftOpenMeansNoCoverageReason() {
        ScreeningInput input = ScreeningInput.ofWeeks(20).withConditions(at(RECENT_SURGERY, LOWER_BACK_LEFT))
                .withTreatmentRegions(LOWER_BACK_LEFT, LOWER_BACK_RIGHT);

        assertThat(evaluate(input).verdict(SWEDISH).reasons()).extracting(Reason::code).containsExactly("RECENT_SURGERY");
    }

    @Test
    void clearanceNeverChangesAStatus() {
        ScreeningResult result = evaluate(ScreeningInput.ofWeeks(20).withRedFlags(RedFlag.RF15));

        assertThat(result.clearanceRequired()).isTrue();
        assertThat(result.techniques()).allSatisfy(verdict -> {
            Expected.parse("OK").assertMatches(verdict);
            assertThat(verdict.clearanceRequired()).isTrue();
            assertThat(verdict.reasons()).isEmpty();
        });
    }

    @Test
    void nothingRecordedMeansEverythingSuitableWithoutClearance() {
        ScreeningResult result = evaluate(ScreeningInput.ofWeeks(20));

        assertThat(result.clearanceRequired()).isFalse();
        assertThat(result.startBack()).isNull();
        assertThat(result.policyVersion()).isEqualTo("2026.1");
        assertThat(result.techniques()).extracting(TechniqueVerdict::technique).containsExactly(Technique.values());
        assertThat(result.techniques()).allSatisfy(verdict -> Expected.parse("OK").assertMatches(verdict));
    }

    @ParameterizedTest(name = "{0} weeks: chronic {1}")
    @CsvSource({ "0, false", "12, false", "13, true", "5200, true" })
    void painOfThirteenWeeksOrMoreIsChronic(int weeks, boolean chronic) {
        assertThat(evaluate(ScreeningInput.ofWeeks(weeks)).chronic()).isEqualTo(chronic);
    }

    @Test
    void aCancerWithoutAKnownSiteStillCapsPressure() {
        Set<BodyRegion> none = evaluate(ScreeningInput.ofWeeks(20).withConditions(of(CANCER)))
                .verdict(SWEDISH).avoidRegions();

        assertThat(none).isEmpty();
    }
}
