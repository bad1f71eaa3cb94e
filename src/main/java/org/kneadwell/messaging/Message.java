package org.kneadwell.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One message in a thread, as stored. Its text never changes; its author may retract it within
 * {@link #RETRACT_WINDOW} of sending, after which it is shown as retracted (the text stays in the record, unshown).
 */
public record Message(long id, UUID publicId, long threadId, UUID authorId, String authorName, String authorRole,
        String body, Instant sentAt, Instant retractedAt, UUID retractedBy) {

    /** How long after sending the author may still take a message back. */
    public static final Duration RETRACT_WINDOW = Duration.ofMinutes(5);

    public boolean retracted() {
        return retractedAt != null;
    }

    /** Whether {@code who} may retract this message at {@code at}: its author, once, within the window. */
    public boolean retractableBy(UUID who, Instant at) {
        return refusalFor(who, at) == null;
    }

    /** The message retracted by its author at {@code at}; refused for anyone else, a second time, or too late. */
    public Message retract(UUID by, Instant at) {
        RetractRefusedException.Reason refusal = refusalFor(by, at);
        if (refusal != null) {
            throw new RetractRefusedException(refusal);
        }
        return new Message(id, publicId, threadId, authorId, authorName, authorRole, body, sentAt, at, by);
    }

    private RetractRefusedException.Reason refusalFor(UUID who, Instant at) {
        if (!authorId.equals(who)) {
            return RetractRefusedException.Reason.NOT_AUTHOR;
        }
        if (retracted()) {
            return RetractRefusedException.Reason.ALREADY_RETRACTED;
        }
        if (at.isAfter(sentAt.plus(RETRACT_WINDOW))) {
            return RetractRefusedException.Reason.TOO_LATE;
        }
        return null;
    }
}
