package org.kneadwell.recommendation;

import java.util.Locale;

import org.kneadwell.shared.Goal;
import org.kneadwell.shared.Technique;

/** Names of techniques and goals in the two voices of ui.md. */
final class Words {

    private Words() {
    }

    static String technique(Technique technique) {
        switch (technique) {
            case SWEDISH: return "Swedish massage";
            case DEEP_TISSUE: return "deep tissue massage";
            case TRIGGER_POINT: return "trigger point therapy";
            case MYOFASCIAL_RELEASE: return "myofascial release";
            case HOT_STONE: return "hot stone massage";
            default: throw new IllegalArgumentException(technique.name());
        }
    }

    /** The same name with a capital letter, to start a sentence. */
    static String capitalised(Technique technique) {
        String name = technique(technique);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String goalClinical(Goal goal) {
        return goal.name().toLowerCase().replace('_', ' ');
    }

    static String goalPlain(Goal goal) {
        switch (goal) {
            case PAIN_RELIEF: return "easing your pain";
            case CIRCULATION: return "blood flow";
            case MUSCLE_TENSION: return "tight muscles";
            case STRESS_RELIEF: return "feeling less stressed";
            case RANGE_OF_MOTION: return "moving more freely";
            case POSTURE: return "posture";
            default: throw new IllegalArgumentException(goal.name());
        }
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
