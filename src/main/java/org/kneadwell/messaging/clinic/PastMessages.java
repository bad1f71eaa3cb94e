package org.kneadwell.messaging.clinic;

import java.time.Instant;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.springframework.modulith.NamedInterface;

/**
 * Records conversations that already took place, for seeding a clinic's history (the demo clinic): the caller's
 * access to the patient and the shape of the text are checked as always, the time is the one given and nobody is
 * notified. Only modules that declare {@code messaging :: seeding} may use it; everyone else writes through
 * {@link org.kneadwell.messaging.Conversations}.
 */
@NamedInterface("seeding")
public interface PastMessages {

    /** A thread started at {@code at}; its id. */
    UUID start(CurrentUser user, UUID patientId, String subject, String body, Instant at);

    /** A reply sent at {@code at}; the message's id. */
    UUID reply(CurrentUser user, UUID patientId, UUID threadId, String body, Instant at);

    /** The author's retraction at {@code at} (within five minutes of sending, as always). */
    void retract(CurrentUser user, UUID messageId, Instant at);

    /** The caller read the thread, up to its newest message, at {@code at}. */
    void read(CurrentUser user, UUID patientId, UUID threadId, Instant at);
}
