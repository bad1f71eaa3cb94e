package org.kneadwell.screening.policy;

/** The "clearance" column of the condition table: whether a clinician must clear treatment first. */
enum Clearance {
    /** "yes". */
    ALWAYS,
    /** "no", including "no: refer" (massage waits until the condition is no longer recorded). */
    NEVER,
    /** Pregnancy: "if highRisk". */
    IF_HIGH_RISK;

    boolean requiredFor(ConditionEntry entry) {
        return this == ALWAYS || (this == IF_HIGH_RISK && entry.highRisk());
    }
}
