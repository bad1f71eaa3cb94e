package org.kneadwell.messaging;

import java.util.UUID;

/** For a home page: a patient whose threads have messages the reader has not read. */
public record Unread(UUID patientId, String patientName, int messages, int threads) {
}
