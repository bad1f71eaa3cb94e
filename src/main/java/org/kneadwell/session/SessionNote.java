package org.kneadwell.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A session's SOAP note and its lifecycle. A draft changes freely; {@link #requireDraft()} guards every change of
 * content, so a signed or voided note refuses through every route; corrections to a signed note are
 * {@link Addendum addenda}; a voided note keeps its content and shows who voided it, when and why.
 *
 * @param publicId {@code null} for a session whose note has not been saved yet
 */
public record SessionNote(UUID publicId, UUID patientId, UUID appointmentId, UUID therapistId, Instant sessionStart,
        NoteStatus status, NoteContent content, String authorName, Instant updatedAt, Instant signedAt,
        String signedByName, Instant voidedAt, String voidedByName, String voidReason, List<Addendum> addenda) {

    public SessionNote {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
        addenda = addenda == null ? List.of() : List.copyOf(addenda);
    }

    /** A correction to a signed note: who added it, when and why. */
    public record Addendum(UUID publicId, String text, String reason, String authorName, Instant at) {
    }

    /** A session with no saved note yet. */
    static SessionNote unwritten(UUID patientId, UUID appointmentId, UUID therapistId, Instant sessionStart) {
        return new SessionNote(null, patientId, appointmentId, therapistId, sessionStart, NoteStatus.NONE,
                NoteContent.empty(), null, null, null, null, null, null, null, List.of());
    }

    public boolean editable() {
        return status == NoteStatus.NONE || status == NoteStatus.DRAFT;
    }

    /** Refuses a change of content unless the note is still a draft (or not written yet). */
    void requireDraft() {
        if (!editable()) {
            throw NoteRefusedException.of("note", status == NoteStatus.SIGNED ? "note.error.signed" : "note.error.voided");
        }
    }

    /** Refuses an addendum or a void unless the note is signed. */
    void requireSigned(String field) {
        if (status != NoteStatus.SIGNED) {
            throw NoteRefusedException.of(field, status == NoteStatus.VOIDED ? "note.error.voided"
                    : "note.error.notSigned");
        }
    }

    /** Whether the note counts in the record: signed, not voided. */
    public boolean counts() {
        return status == NoteStatus.SIGNED;
    }
}
