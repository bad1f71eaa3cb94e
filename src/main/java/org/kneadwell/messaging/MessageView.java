package org.kneadwell.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message as one reader is shown it: a retracted message has no body (its text stays in the record, unshown);
 * {@code seenBy} names the other people on the thread who have read it.
 */
public record MessageView(UUID id, String authorName, String authorRole, String body, Instant sentAt, boolean retracted,
        Instant retractedAt, boolean mine, boolean retractable, List<String> seenBy, List<Attachment.Listed> attachments) {
}
