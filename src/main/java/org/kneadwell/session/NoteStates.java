package org.kneadwell.session;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The note state of a set of sessions in one query, for the therapist's day and week (the calendar in this module),
 * whose route has already asked the access policy for each session it lists. It says only whether a note exists
 * and how far it has come, nothing the note records.
 */
@Service
public class NoteStates {

    private final StoredNotes notes;

    NoteStates(StoredNotes notes) {
        this.notes = notes;
    }

    /** Each given session's note state; {@link NoteStatus#NONE} for a session without a note. */
    @Transactional(readOnly = true)
    public Map<UUID, NoteStatus> statesOf(Collection<UUID> appointmentIds) {
        Map<UUID, NoteStatus> found = notes.statuses(appointmentIds);
        Map<UUID, NoteStatus> states = new HashMap<>();
        appointmentIds.forEach(id -> states.put(id, found.getOrDefault(id, NoteStatus.NONE)));
        return states;
    }
}
