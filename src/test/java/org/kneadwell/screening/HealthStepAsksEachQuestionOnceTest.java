package org.kneadwell.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.screening.policy.ScreeningEngine;
import org.kneadwell.screening.policy.ScreeningPolicy;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The intake's health step (issue 10 item 4): every condition is asked exactly once, in one group or as a medicine,
 * and asking blood thinners and how the pain started only once screens the same answers the same way.
 */
class HealthStepAsksEachQuestionOnceTest {

    @Test
    void everyConditionIsAskedOnceInAGroupOrAsAMedicine() {
        List<ConditionCode> grouped = new ArrayList<>();
        ConditionGroups.GROUPS.values().forEach(grouped::addAll);
        assertThat(grouped).doesNotHaveDuplicates();
        Set<ConditionCode> asked = EnumSet.copyOf(grouped);
        assertThat(asked).doesNotContainAnyElementsOf(ConditionGroups.ASKED_AS_MEDICINES);
        asked.addAll(ConditionGroups.ASKED_AS_MEDICINES);
        assertThat(asked).containsExactlyInAnyOrder(ConditionCode.values());
        for (ConditionCode medicineOnly : ConditionGroups.ASKED_AS_MEDICINES) {
            assertThat(Medicine.values()).anyMatch(m -> m.conditionCode().equals(medicineOnly.name()));
        }
    }

    @Test
    void aBloodThinnerRecordedAsAConditionShowsAsTheMedicineAndScreensTheSameOnceSavedAgain() {
        IntakeAnswers asCondition = complete().withConditions(List.of(
                new ConditionAnswer("ANTICOAGULANT_THERAPY", Set.of(), null, false, false),
                new ConditionAnswer("HEAT_SENSITIVITY", Set.of(), null, false, false)), Set.of(), null);
        Set<Medicine> shown = ConditionGroups.medicinesShown(asCondition);
        assertThat(shown).containsExactlyInAnyOrder(Medicine.BLOOD_THINNERS, Medicine.HEAT_SENSITISING);

        // The page posts what it shows: the medicines ticked, no condition for them.
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        shown.forEach(m -> form.add("medicines", m.name()));
        StepAnswers.Result read = IntakeStepReader.read(IntakeStep.CONDITIONS, form);
        assertThat(read.errors()).isEmpty();
        IntakeAnswers resaved = read.change().apply(asCondition);
        assertThat(resaved.conditions()).isEmpty();

        // The same result; medicines are a set, so only the order of the reasons within a verdict may differ.
        assertThat(sameResult(resaved)).isEqualTo(sameResult(asCondition));
        assertThat(Set.copyOf(IntakeScreening.input(resaved, 45).conditions()))
                .isEqualTo(Set.copyOf(IntakeScreening.input(asCondition, 45).conditions()));
    }

    @Test
    void howThePainStartedIsTheGradualOnsetRedFlagAnswer() {
        LinkedMultiValueMap<String, String> flags = new LinkedMultiValueMap<>();
        for (RedFlag flag : RedFlag.values()) {
            flags.add(flag.name(), flag == RedFlag.RF18B ? "yes" : "no");
        }
        IntakeAnswers gradual = IntakeStepReader.read(IntakeStep.RED_FLAGS, flags).change().apply(complete());
        assertThat(gradual.onset()).isEqualTo("GRADUAL");
        assertThat(gradual.redFlags()).containsEntry("RF18B", true);

        flags.set("RF18B", "no");
        IntakeAnswers sudden = IntakeStepReader.read(IntakeStep.RED_FLAGS, flags).change().apply(gradual);
        assertThat(sudden.onset()).isEqualTo("SUDDEN");

        // The pain step no longer asks; saving it keeps the answer the red-flag step gave.
        LinkedMultiValueMap<String, String> pain = new LinkedMultiValueMap<>(Map.of("durationAmount", List.of("3"),
                "durationUnit", List.of("months"), "currentIntensity", List.of("5")));
        assertThat(IntakeStepReader.read(IntakeStep.PAIN, pain).change().apply(sudden).onset()).isEqualTo("SUDDEN");
    }

    /** The screen's result with each list of reasons as a set. */
    private static List<Object> sameResult(IntakeAnswers answers) {
        var result = ScreeningEngine.evaluate(IntakeScreening.input(answers, 45), ScreeningPolicy.reference());
        List<Object> parts = new ArrayList<>(List.of(result.triage().tier(), result.triage().massageOnHold(),
                Set.copyOf(result.triage().reasons()), result.clearanceRequired(), result.chronic()));
        for (var v : result.techniques()) {
            parts.add(List.of(v.technique(), v.status(), v.maxPressure(), v.heat(), v.avoidRegions(),
                    v.clearanceRequired(), Set.copyOf(v.reasons())));
        }
        return parts;
    }

    private static IntakeAnswers complete() {
        Map<String, Boolean> no = new java.util.LinkedHashMap<>();
        for (RedFlag flag : RedFlag.values()) {
            no.put(flag.name(), false);
        }
        List<Boolean> disagree = new ArrayList<>(java.util.Collections.nCopies(8, false));
        return IntakeAnswers.empty().withPain(78, 5, 4, null, null, null).withRedFlags(no)
                .withStartBack(disagree, "SLIGHTLY").withConsent(true, false, null);
    }
}
