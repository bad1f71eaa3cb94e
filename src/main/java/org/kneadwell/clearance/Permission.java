package org.kneadwell.clearance;

import java.util.Objects;

import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.shared.Technique;

/**
 * A clinician's explicit permission to use a technique the screen contraindicated, naming the one restriction it
 * lifts (issue 4: "every such permission names the restriction it lifts"). A technique contraindicated for two
 * reasons needs two permissions; lifting one never lifts the other.
 *
 * @param technique       the contraindicated technique
 * @param restrictionCode the condition behind the contraindication, as it appears as a reason in the screen's
 *                        condition verdict for that technique, e.g. {@code ANTICOAGULANT_THERAPY}
 */
public record Permission(Technique technique, ConditionCode restrictionCode) {

    public Permission {
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(restrictionCode, "A permission names the restriction it lifts");
    }
}
