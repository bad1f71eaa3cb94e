package org.kneadwell.screening.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kneadwell.screening.policy.ConditionCode.*;
import static org.kneadwell.screening.policy.ConditionEntry.at;
import static org.kneadwell.screening.policy.ConditionEntry.of;
import static org.kneadwell.screening.policy.ConditionEntry.pregnancy;
import static org.kneadwell.shared.BodyRegion.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kneadwell.shared.Technique;

/**
 * Every row of the condition table, screening contract §2.2, for all five techniques: status, pressure cap,
 * heat, avoided regions, clearance, and the reason with the row's source tags. Cells read like the contract:
 * Swedish, deep tissue, trigger point, myofascial release, hot stone.
 */
class ReferencePolicyTest {

    private static final String LEGS = "ANTERIOR_THIGH_LEFT,ANTERIOR_THIGH_RIGHT,POSTERIOR_THIGH_LEFT,POSTERIOR_THIGH_RIGHT,CALF_LEFT,CALF_RIGHT";

    static Stream<Arguments> rows() {
        return Stream.of(
                row(of(DVT), false, "S40 S43 S37", "CI", "CI", "CI", "CI", "CI"),
                row(of(FEVER_OR_ACUTE_INFECTION), false, "S43 S31", "CI", "CI", "CI", "CI", "CI"),
                row(of(CANNOT_CONSENT), false, "S31", "CI", "CI", "CI", "CI", "CI"),
                row(of(INFLAMMATORY_ARTHRITIS_FLARE), false, "S40 S52", "CI", "CI", "CI", "CI", "CI"),
                row(of(BLEEDING_DISORDER), true, "S53 S43", "p2", "CI", "CI", "CI", "p2"),
                row(of(ANTICOAGULANT_THERAPY), true, "S53 S52 S41", "p2", "CI", "CI", "CI", "p2"),
                row(of(OSTEOPOROSIS), true, "S40 S43 S31 S52", "p2", "CI", "CI", "p2", "p2"),
                row(at(RECENT_FRACTURE, MID_BACK_LEFT), true, "S43 S31",
                        "MID_BACK_LEFT", "MID_BACK_LEFT", "MID_BACK_LEFT", "MID_BACK_LEFT", "MID_BACK_LEFT"),
                row(at(CANCER, CHEST), true, "S53 S41", "p2 CHEST", "CI", "CI", "p2 CHEST", "p2 warm CHEST"),
                row(of(CANCER), true, "S53 S41", "p2", "CI", "CI", "p2", "p2 warm"),
                row(at(BONE_METASTASES, SACRUM), true, "S41 S54", "p1 SACRUM", "CI", "CI", "CI", "p1 warm SACRUM"),
                row(of(BONE_METASTASES), true, "S41 S54", "p1", "CI", "CI", "CI", "p1 warm"),
                row(of(ANEURYSM), true, "S52 S49", "ABDOMEN", "ABDOMEN", "ABDOMEN", "CI", "ABDOMEN"),
                row(at(ANEURYSM, CHEST), true, "S52 S49", "CHEST", "CHEST", "CHEST", "CI", "CHEST"),
                row(of(UNCONTROLLED_HYPERTENSION), true, "S55 S56", "OK", "OK", "OK", "OK", "warm"),
                row(of(HEART_OR_KIDNEY_FAILURE_OEDEMA), true, "S31", "OK", "OK", "OK", "OK", "OK"),
                row(at(REDUCED_SENSATION, FOOT_LEFT), true, "S31 S56 S58 S52",
                        "p2", "FOOT_LEFT", "FOOT_LEFT", "CI", "FOOT_LEFT"),
                row(at(SKIN_LESION, ARM_LEFT), false, "S43 S31 S56",
                        "ARM_LEFT", "ARM_LEFT", "ARM_LEFT", "ARM_LEFT", "ARM_LEFT"),
                row(new ConditionEntry(SKIN_LESION, Set.of(ARM_LEFT), null, false, true), false, "S43 S39",
                        "CI", "CI", "CI", "CI", "CI"),
                row(at(RECENT_SURGERY, LOWER_BACK_LEFT), true, "S31 S39", "LOWER_BACK_LEFT", "LOWER_BACK_LEFT",
                        "LOWER_BACK_LEFT", "LOWER_BACK_LEFT", "LOWER_BACK_LEFT"),
                row(at(ACUTE_INJURY, CALF_LEFT), false, "S39 S56", "OK", "CALF_LEFT", "CALF_LEFT", "CALF_LEFT", "CALF_LEFT"),
                row(at(HAEMATOMA, GLUTEAL_RIGHT), false, "S31 S52",
                        "GLUTEAL_RIGHT", "GLUTEAL_RIGHT", "GLUTEAL_RIGHT", "GLUTEAL_RIGHT", "GLUTEAL_RIGHT"),
                row(at(VARICOSE_VEINS, CALF_RIGHT), false, "S31 S56 S57",
                        "CALF_RIGHT", "CALF_RIGHT", "CALF_RIGHT", "CALF_RIGHT", "CALF_RIGHT"),
                row(at(IMPLANTED_DEVICE, CHEST), false, "S31 S39", "CHEST", "CHEST", "CHEST", "CHEST", "CHEST"),
                row(pregnancy(24, false), false, "S31 S34 S57 S59",
                        "ABDOMEN", "ABDOMEN " + LEGS, "ABDOMEN " + LEGS, "ABDOMEN", "warm ABDOMEN"),
                row(pregnancy(24, true), true, "S31 S34 S57 S59",
                        "ABDOMEN", "ABDOMEN " + LEGS, "ABDOMEN " + LEGS, "ABDOMEN", "warm ABDOMEN"),
                row(pregnancy(13, false), false, "S31 S34 S57 S59",
                        "ABDOMEN", "ABDOMEN " + LEGS, "ABDOMEN " + LEGS, "ABDOMEN", "warm ABDOMEN"),
                row(pregnancy(12, false), false, "S31 S34 S57 S59", "ABDOMEN SACRUM", "ABDOMEN SACRUM " + LEGS,
                        "ABDOMEN SACRUM " + LEGS, "ABDOMEN SACRUM", "warm ABDOMEN SACRUM"),
                row(pregnancy(0, true), true, "S31 S34 S57 S59", "ABDOMEN SACRUM", "ABDOMEN SACRUM " + LEGS,
                        "ABDOMEN SACRUM " + LEGS, "ABDOMEN SACRUM", "warm ABDOMEN SACRUM"),
                row(of(RADICULAR_SYMPTOMS), true, "S40 S19 S12 S60",
                        "p3", "LOWER_BACK_LEFT,LOWER_BACK_RIGHT,SACRUM", "LOWER_BACK_LEFT,LOWER_BACK_RIGHT,SACRUM",
                        "p3", "p3"),
                row(at(RADICULAR_SYMPTOMS, GLUTEAL_LEFT), true, "S40 S19 S12 S60",
                        "p3", "GLUTEAL_LEFT", "GLUTEAL_LEFT", "p3", "p3"),
                row(of(HEAT_SENSITIVITY), false, "S57 S58", "OK", "OK", "OK", "OK", "warm"),
                row(of(FRAIL), false, "S58", "p3", "CI", "p3", "p3", "p3 warm"),
                row(of(TRAUMA_HISTORY), false, "S43", "OK", "OK", "OK", "OK", "OK"));
    }

    private static Arguments row(ConditionEntry entry, boolean clearance, String sources, String... cells) {
        return arguments(entry, clearance, sources, List.of(cells));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachConditionRowGivesTheContractsVerdicts(ConditionEntry entry, boolean clearance, String sources,
            List<String> cells) {
        ScreeningResult result = ScreeningEngine.evaluate(ScreeningInput.ofWeeks(20).withConditions(entry),
                ScreeningPolicy.reference());

        assertThat(result.clearanceRequired()).as("clearance").isEqualTo(clearance);
        assertThat(result.triage().massageOnHold()).isFalse();
        assertThat(result.conditionVerdicts()).isEqualTo(result.techniques());
        for (Technique technique : Technique.values()) {
            TechniqueVerdict verdict = result.verdict(technique);
            Expected.parse(cells.get(technique.ordinal())).assertMatches(verdict);
            assertThat(verdict.clearanceRequired()).isEqualTo(clearance);
            if (verdict.status() == TechniqueStatus.SUITABLE) {
                assertThat(verdict.reasons()).isEmpty();
            } else {
                assertThat(verdict.reasons()).as(technique + " reasons").isNotEmpty().allSatisfy(reason -> {
                    assertThat(reason.code()).isEqualTo(entry.code().name());
                    assertThat(reason.text()).isNotBlank();
                });
                assertThat(verdict.reasons().get(0).sources()).isEqualTo(SourceTags.parse(sources));
            }
        }
    }

    @Test
    void onlyClotsAndArthritisFlaresSendThePatientToTheirDoctor() {
        assertThat(EnumSet.allOf(ConditionCode.class))
                .filteredOn(ScreeningPolicy.reference()::refersToDoctor)
                .containsExactly(DVT, INFLAMMATORY_ARTHRITIS_FLARE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aConditionThatAsksForClearanceIsATriageReasonWithItsSources(ConditionEntry entry, boolean clearance,
            String sources) {
        Triage triage = ScreeningEngine.evaluate(ScreeningInput.ofWeeks(20).withConditions(entry),
                ScreeningPolicy.reference()).triage();

        if (clearance) {
            assertThat(triage.tier()).isEqualTo(TriageTier.CLINICIAN_REVIEW);
            assertThat(triage.reasons()).singleElement().satisfies(reason -> {
                assertThat(reason.code()).isEqualTo(entry.code().name());
                assertThat(reason.sources()).containsAll(SourceTags.parse(sources));
            });
        } else {
            assertThat(triage.tier()).isEqualTo(TriageTier.NONE);
            assertThat(triage.reasons()).isEmpty();
        }
    }
}
