package org.kneadwell.session.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.kneadwell.shared.Technique;

/**
 * A patient's signed sessions, pain before and after with the techniques given, read without an access check or
 * audit, for the recommendation's history factor whose own caller has already passed the access policy. Voided
 * notes and sessions the patient missed do not count. Only modules that declare {@code session :: history} may use it.
 */
public interface SignedSessions {

    /** One signed session: its start, pain before and after (0–10), and the techniques given, in the order written. */
    record SignedSession(Instant start, int painBefore, int painAfter, List<Technique> techniques) {

        public SignedSession {
            Objects.requireNonNull(start, "start");
            techniques = List.copyOf(techniques);
        }
    }

    /** The patient's signed sessions, oldest first. */
    List<SignedSession> of(UUID patientId);
}
