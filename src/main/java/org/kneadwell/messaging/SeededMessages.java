package org.kneadwell.messaging;

import java.time.Instant;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.messaging.clinic.PastMessages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link PastMessages} through the same use cases as live messages, at the given times and without notices. */
@Component
class SeededMessages implements PastMessages {

    private final Conversations conversations;

    SeededMessages(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    @Transactional
    public UUID start(CurrentUser user, UUID patientId, String subject, String body, Instant at) {
        return conversations.startAt(user, patientId, subject, body, at, false);
    }

    @Override
    @Transactional
    public UUID reply(CurrentUser user, UUID patientId, UUID threadId, String body, Instant at) {
        return conversations.replyAt(user, patientId, threadId, body, at, false);
    }

    @Override
    @Transactional
    public void retract(CurrentUser user, UUID messageId, Instant at) {
        conversations.retractAt(user, messageId, null, at);
    }

    @Override
    @Transactional
    public void read(CurrentUser user, UUID patientId, UUID threadId, Instant at) {
        conversations.markReadAt(user, patientId, threadId, at);
    }
}
