package org.kneadwell.demo;

import static org.kneadwell.demo.DemoIntakes.pain;
import static org.kneadwell.demo.DemoIntakes.startBack;

import java.util.Set;
import java.util.UUID;

import org.kneadwell.demo.DemoIntakes.Story;
import org.kneadwell.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** The demo patients' intakes: one screen of every kind a clinic meets (issue: intake and the safety screen). */
@Component
class DemoScreens {

    private final DemoIntakes intakes;

    DemoScreens(DemoIntakes intakes) {
        this.intakes = intakes;
    }

    /** Jordan Ellis (the demo patient): posture-related chronic pain, nothing restricted. */
    void nothingRestricted(CurrentUser by, UUID patient) {
        intakes.complete(by, patient, new Story(
                pain(3, "years", 5, 4, "GRADUAL", "Walking, a warm shower", "Sitting at my desk all day"),
                DemoForm.with().and("painRegions", "LOWER_BACK_LEFT", "LOWER_BACK_RIGHT", "UPPER_BACK_RIGHT"),
                DemoForm.with("causes", "POOR_POSTURE").and("causes", "MUSCLE_STRAIN"), Set.of(), DemoForm.with(),
                DemoForm.with("pressure", "MEDIUM", "heat", "LIKE").and("goals", "PAIN_RELIEF", "MUSCLE_TENSION",
                        "POSTURE").and("likedTechniques", "SWEDISH", "HOT_STONE"),
                startBack("dddadddd", "MODERATELY")));
    }

    /** Rosa Martinez: blood thinners, weak bones and sciatica: clearance needed, deep work contraindicated. */
    void needsClearance(CurrentUser by, UUID patient) {
        intakes.complete(by, patient, new Story(
                pain(2, "years", 6, 5, "GRADUAL", "Sitting bent forward", "Standing and walking far"),
                DemoForm.with().and("painRegions", "LOWER_BACK", "GLUTEAL_LEFT", "POSTERIOR_THIGH_LEFT"),
                DemoForm.with("causes", "OSTEOARTHRITIS"), Set.of("RF15"),
                DemoForm.with("condition.RADICULAR_SYMPTOMS", "true").and("condition.RADICULAR_SYMPTOMS.regions",
                        "LOWER_BACK_LEFT", "GLUTEAL_LEFT").and("medicines", "BLOOD_THINNERS",
                                "STEROIDS_OR_BONE_WEAKENING"),
                DemoForm.with("pressure", "LIGHT", "heat", "NEUTRAL").and("goals", "PAIN_RELIEF", "RANGE_OF_MOTION"),
                startBack("aaadaddd", "VERY_MUCH")));
    }

    /** Hannah Schmidt: 24 weeks pregnant, low risk: techniques restricted, no clearance needed. */
    void restricted(CurrentUser by, UUID patient) {
        intakes.complete(by, patient, new Story(
                pain(4, "months", 4, 5, "GRADUAL", "Lying on my side with a pillow", "Standing for long"),
                DemoForm.with().and("painRegions", "LOWER_BACK", "SACRUM", "GLUTEAL_RIGHT"),
                DemoForm.with("causes", "UNKNOWN"), Set.of(),
                DemoForm.with("condition.PREGNANCY", "true", "condition.PREGNANCY.weeks", "24"),
                DemoForm.with("pressure", "LIGHT", "heat", "LIKE").and("goals", "PAIN_RELIEF", "STRESS_RELIEF"),
                startBack("dddadddd", "MODERATELY")));
    }

    /** George Whitfield: cancer history and weight loss: urgent, massage on hold. */
    void onHold(CurrentUser by, UUID patient) {
        intakes.complete(by, patient, new Story(
                pain(6, "months", 7, 6, "GRADUAL", "Nothing much", "Lying flat at night"),
                DemoForm.with().and("painRegions", "MID_BACK_LEFT", "MID_BACK_RIGHT", "LOWER_BACK"),
                DemoForm.with("causes", "UNKNOWN"), Set.of("RF10", "RF11", "RF15"),
                DemoForm.with("condition.CANCER", "true"),
                DemoForm.with("pressure", "LIGHT", "heat", "AVOID").and("goals", "PAIN_RELIEF"),
                startBack("adaaaaaa", "VERY_MUCH")));
    }

    /** Marek Kowalski: saddle numbness and new bladder trouble: emergency, the care team is alerted. */
    void emergency(CurrentUser by, UUID patient) {
        intakes.complete(by, patient, new Story(
                pain(5, "months", 8, 5, "SUDDEN", "Nothing", "Everything since yesterday"),
                DemoForm.with().and("painRegions", "LOWER_BACK", "GLUTEAL_LEFT", "GLUTEAL_RIGHT"),
                DemoForm.with("causes", "HERNIATED_DISC"), Set.of("RF1", "RF2"), DemoForm.with(),
                DemoForm.with("pressure", "MEDIUM").and("goals", "PAIN_RELIEF"),
                startBack("aaaaadad", "EXTREMELY")));
    }

    /** Aisha Rahman: diabetic neuropathy in both feet: clearance and no heat on the feet. */
    void reducedSensation(CurrentUser by, UUID patient) {
        intakes.complete(by, patient, new Story(
                pain(5, "years", 5, 5, "GRADUAL", "Gentle stretching", "Housework"),
                DemoForm.with().and("painRegions", "LOWER_BACK", "MID_BACK_RIGHT"),
                DemoForm.with("causes", "MUSCLE_STRAIN"), Set.of("RF15"),
                DemoForm.with("condition.REDUCED_SENSATION", "true").and("condition.REDUCED_SENSATION.regions",
                        "FOOT_LEFT", "FOOT_RIGHT"),
                DemoForm.with("pressure", "MEDIUM", "heat", "LIKE").and("goals", "PAIN_RELIEF", "CIRCULATION"),
                startBack("dadaddad", "MODERATELY")));
    }

    /** Inês Carvalho: started her intake and stopped after three steps; the draft is kept. */
    void inProgress(CurrentUser by, UUID patient) {
        intakes.start(by, patient, new Story(
                pain(6, "years", 6, 6, "GRADUAL", "Warm baths", "Stress and poor sleep"),
                DemoForm.with().and("painRegions", "BACK", "NECK", "SHOULDER_LEFT", "SHOULDER_RIGHT"),
                DemoForm.with("causes", "UNKNOWN"), Set.of(), DemoForm.with(), DemoForm.with(), DemoForm.with()));
    }
}
