package org.kneadwell.clearance;

/**
 * The one word every list, home, chart header and the API show for a patient's effective safety on a day
 * (screening contract §5.6). Derived from {@link SafetyToday}, never from a screen alone.
 */
public enum SafetyBadge {
    /** A red-flag hold stands: nothing may be done until a clinician lifts it. */
    ON_HOLD,
    /** A clinician declined clearance. */
    DECLINED,
    /** A screen needs a clinician's clearance, or the clearance has expired. */
    CLEARANCE_NEEDED,
    /** A clinician's clearance counts today. */
    CLEARED,
    /** Some techniques are limited or contraindicated; no clearance is needed. */
    RESTRICTED,
    /** Every technique suits the patient without limits. */
    CLEAR,
    /** No intake has been screened. */
    NO_INTAKE;

    /** Whether the badge calls for attention before anything is booked or done. */
    public boolean stops() {
        return this == ON_HOLD || this == DECLINED || this == CLEARANCE_NEEDED || this == NO_INTAKE;
    }
}
