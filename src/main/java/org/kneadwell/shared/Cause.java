package org.kneadwell.shared;

/** What the patient or their clinician says is behind the pain (screening contract §1). */
public enum Cause {
    MUSCLE_STRAIN, POOR_POSTURE, HERNIATED_DISC,
    /** Degenerative, "wear and tear". */
    OSTEOARTHRITIS,
    /** E.g. ankylosing spondylitis, rheumatoid arthritis: needs a clinician's review. */
    INFLAMMATORY_ARTHRITIS,
    UNKNOWN
}
