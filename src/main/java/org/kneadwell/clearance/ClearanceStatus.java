package org.kneadwell.clearance;

/** Where a patient stands with clearance on a given day. */
public enum ClearanceStatus {
    /** The screen needs no clearance and there is no clearance in force. */
    NOT_NEEDED,
    /** The screen needs clearance (or massage is on hold) and no clearance counts today. */
    AWAITING,
    /** A clearance counts today. */
    VALID,
    /** The latest clearance ran out before today: it counts no more, as if there were none. */
    EXPIRED,
    /** No intake has been screened yet: nothing may be done. */
    NO_SCREEN
}
