package org.kneadwell.messaging;

import java.time.Instant;
import java.util.UUID;

/** A thread as stored: about one patient, with a subject. */
record StoredThread(long id, UUID publicId, UUID patientId, String subject, UUID startedBy, Instant startedAt) {
}
