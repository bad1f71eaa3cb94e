package org.kneadwell.session;

import java.util.List;
import java.util.UUID;

import org.kneadwell.session.history.SignedSessions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link SignedSessions} from the stored notes: signed (not voided), of sessions that took place. */
@Service
class SignedSessionRecords implements SignedSessions {

    private final StoredNotes notes;

    SignedSessionRecords(StoredNotes notes) {
        this.notes = notes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SignedSession> of(UUID patientId) {
        return notes.signedOf(patientId).stream()
                .filter(n -> n.content().attendance().tookPlace() && n.content().painBefore() != null
                        && n.content().painAfter() != null)
                .map(n -> new SignedSession(n.sessionStart(), n.content().painBefore(), n.content().painAfter(),
                        n.content().treatments().stream().map(TreatmentRow::technique).distinct().toList()))
                .toList();
    }
}
