package org.kneadwell.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A thread as one reader is shown it: its messages oldest first (newest last) and how many they have not read. */
public record ThreadView(UUID id, UUID patientId, String subject, Instant startedAt, String startedBy,
        List<MessageView> messages, int unread) {

    public Instant lastAt() {
        return messages.isEmpty() ? startedAt : messages.get(messages.size() - 1).sentAt();
    }

    public MessageView last() {
        return messages.isEmpty() ? null : messages.get(messages.size() - 1);
    }
}
