package org.kneadwell.notification;

import java.time.Instant;
import java.util.UUID;

/** One recorded e-mail. */
public record OutboxMessage(UUID id, String recipient, String subject, String body, Instant createdAt, String status,
        Instant sentAt, String lastError) {
}
