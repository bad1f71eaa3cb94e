package org.kneadwell.messaging;

import java.util.List;
import java.util.UUID;

import org.kneadwell.notification.Alert;

/** One thread's page: the reader's open urgent alerts about the patient, pinned above the thread. */
public record ThreadPage(UUID patientId, String patientName, List<Alert> urgent, ThreadView thread) {
}
