package org.kneadwell.messaging;

import java.util.List;
import java.util.UUID;

import org.kneadwell.notification.Alert;

/** A patient's messages page: the reader's open urgent alerts about the patient (pinned first), then the threads. */
public record Inbox(UUID patientId, String patientName, List<Alert> urgent, List<ThreadView> threads) {

    public int unread() {
        return threads.stream().mapToInt(ThreadView::unread).sum();
    }
}
