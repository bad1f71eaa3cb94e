package org.kneadwell.clearance;

/** Where a patient stands with clearance on a given day. */
public enum ClearanceStatus {
    /** No screen needs clearance, or a clinician decided that the latest one needs none. */
    NOT_NEEDED,
    /** A screen needs clearance (or put massage on hold) and no clinician has decided since (contract §5). */
    AWAITING,
    /** A clearance counts today. */
    VALID,
    /** The latest clearance ran out before today: it counts no more, as if there were none. */
    EXPIRED,
    /** The clinician declined clearance: nothing may be done until a clinician decides otherwise. */
    DECLINED,
    /** No intake has been screened yet: nothing may be done. */
    NO_SCREEN
}
