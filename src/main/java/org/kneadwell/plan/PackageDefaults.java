package org.kneadwell.plan;

/**
 * The starting text of a new plan's self-care and exercise part, for the therapist to edit with the patient.
 * NICE NG59 (rec 1.2.7) considers massage only as part of a treatment package that includes exercise [S12]
 * (clinical-reference §3).
 */
final class PackageDefaults {

    static final String EXERCISE = "Exercise is part of this package: NICE NG59 considers massage only alongside "
            + "exercise [S12]. Agree a programme with the patient (for example group exercise, walking, stretching or "
            + "strengthening), taking their needs, preferences and abilities into account, and review it at each "
            + "reassessment.";

    static final String SELF_CARE = "Stay active and keep up normal daily activities as far as you can. Rate your "
            + "pain before and after each session, and tell the therapist about any soreness, bruising or other "
            + "reaction in the two days after a session.";

    private PackageDefaults() {
    }
}
