package org.kneadwell.screening;

import static org.kneadwell.screening.policy.ConditionCode.*;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.kneadwell.screening.policy.ConditionCode;

/**
 * How the intake's health step lays its questions out: the conditions in a few groups a person can scan (each a
 * fieldset with a plain legend), and the medicines apart. Presentation only: the answers and what they mean for
 * the screen are the same as ever (each ticked medicine is screened as the condition it implies).
 *
 * <p>A condition that a medicine already asks about word for word ("I take blood-thinning medicine" and the
 * blood-thinner medicine) is asked once, as the medicine. A draft that recorded it as a condition shows that
 * medicine ticked, so saving the step again screens exactly the same.
 */
final class ConditionGroups {

    /** Conditions asked only through {@link Medicine}: they mean exactly what the medicine means. */
    static final Set<ConditionCode> ASKED_AS_MEDICINES = EnumSet.of(ANTICOAGULANT_THERAPY, HEAT_SENSITIVITY);

    /** Group key (message {@code intake.conditionGroup.KEY}) to its conditions, in the order shown. */
    static final Map<String, List<ConditionCode>> GROUPS = groups();

    private ConditionGroups() {
    }

    private static Map<String, List<ConditionCode>> groups() {
        Map<String, List<ConditionCode>> groups = new LinkedHashMap<>();
        groups.put("today", List.of(FEVER_OR_ACUTE_INFECTION, CANNOT_CONSENT, INFLAMMATORY_ARTHRITIS_FLARE,
                ACUTE_INJURY));
        groups.put("bloodHeart", List.of(DVT, BLEEDING_DISORDER, HAEMATOMA, VARICOSE_VEINS, ANEURYSM,
                UNCONTROLLED_HYPERTENSION, HEART_OR_KIDNEY_FAILURE_OEDEMA));
        groups.put("bonesCancer", List.of(OSTEOPOROSIS, RECENT_FRACTURE, CANCER, BONE_METASTASES));
        groups.put("skinNerves", List.of(SKIN_LESION, RECENT_SURGERY, IMPLANTED_DEVICE, REDUCED_SENSATION,
                RADICULAR_SYMPTOMS));
        groups.put("other", List.of(PREGNANCY, FRAIL, TRAUMA_HISTORY));
        return java.util.Collections.unmodifiableMap(groups);
    }

    /**
     * The medicines to show ticked: those answered, and those whose condition a draft recorded as a condition
     * before it was asked only as a medicine.
     */
    static Set<Medicine> medicinesShown(IntakeAnswers answers) {
        Set<String> conditions = answers.conditions().stream().map(ConditionAnswer::code).collect(Collectors.toSet());
        Set<Medicine> shown = EnumSet.noneOf(Medicine.class);
        shown.addAll(answers.medicines());
        for (Medicine medicine : Medicine.values()) {
            ConditionCode implied = ConditionCode.valueOf(medicine.conditionCode());
            if (ASKED_AS_MEDICINES.contains(implied) && conditions.contains(implied.name())) {
                shown.add(medicine);
            }
        }
        return shown;
    }
}
