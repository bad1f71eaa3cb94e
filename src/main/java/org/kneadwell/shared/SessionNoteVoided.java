package org.kneadwell.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * A signed session note was voided (with a reason, kept visible as voided): whatever was derived from it, such as
 * the session's pain measurements, no longer counts.
 */
public record SessionNoteVoided(UUID patientId, UUID appointmentId) {

    public SessionNoteVoided {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(appointmentId, "appointmentId");
    }
}
