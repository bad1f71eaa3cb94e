package org.kneadwell.session;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.kneadwell.shared.Technique;

/**
 * A reaction after a session, as the patient reported it in a follow-up or a member of the care team recorded it.
 *
 * @param appointmentId the session it followed, or {@code null} when staff recorded it without one
 * @param technique     that session's technique, or {@code null} without a session
 * @param description   the patient's or the recorder's words, or {@code null}
 */
public record AdverseEvent(UUID publicId, UUID patientId, UUID appointmentId, Technique technique, ReactionKind kind,
        Severity severity, String description, Source source, Instant recordedAt, Instant sessionStart) {

    /** Where the event was recorded from. */
    public enum Source { FOLLOW_UP, STAFF }

    public AdverseEvent {
        Objects.requireNonNull(publicId, "publicId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public boolean severe() {
        return severity == Severity.SEVERE;
    }
}
