package org.kneadwell.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * A checked report filter: events from {@code from} (inclusive) until {@code until} (exclusive), by one actor,
 * about one patient; {@code null} means "any".
 */
record ReportCriteria(Instant from, Instant until, UUID actorId, UUID patientId) {

    static final ReportCriteria ALL = new ReportCriteria(null, null, null, null);
}
