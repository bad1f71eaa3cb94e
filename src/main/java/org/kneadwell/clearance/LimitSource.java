package org.kneadwell.clearance;

/** Where a limit on a technique came from, so staff can see who or what decided it. */
public enum LimitSource {
    /** A reason of the safety screen (a condition, or the treatment regions all being avoided). */
    SCREEN,
    /** The clinician's clearance scope: a cap, regions, heat or precautions. */
    CLEARANCE,
    /** A red-flag hold that no clearance has lifted. */
    HOLD,
    /** The screen needs a clinician's clearance and none counts today. */
    AWAITING_CLEARANCE,
    /** A clearance counts, but the technique is not in its scope. */
    NOT_IN_SCOPE,
    /** No intake has been screened. */
    NO_SCREEN,
    /** A named permission that lifted a contraindication. */
    PERMISSION,
    /** The clinician declined clearance: nothing may be done until a clinician decides otherwise. */
    DECLINED,
    /** The clearance has run out: nothing may be done until a clinician renews it. */
    EXPIRED
}
