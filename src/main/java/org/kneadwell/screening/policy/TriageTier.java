package org.kneadwell.screening.policy;

/**
 * How fast a person must see a doctor, most urgent first (screening contract §2.1). The first three put
 * massage on hold until a clinician documents a clearance.
 */
public enum TriageTier {
    /** Go to an emergency department now. */
    EMERGENCY,
    /** See a doctor within 24 hours. */
    URGENT,
    /** Medical assessment within days to two weeks. */
    PROMPT,
    /** A clinician must review before the first session. */
    CLINICIAN_REVIEW,
    NONE;

    /** Whether this tier stops all massage until a clinician's documented clearance lifts the hold. */
    public boolean putsMassageOnHold() {
        return this == EMERGENCY || this == URGENT || this == PROMPT;
    }

    /** Whether this tier is as urgent as {@code other} or more. */
    public boolean isAtLeast(TriageTier other) {
        return ordinal() <= other.ordinal();
    }
}
