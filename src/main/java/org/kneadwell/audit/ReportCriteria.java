package org.kneadwell.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A checked report filter: events from {@code from} (inclusive) until {@code until} (exclusive), by one actor,
 * about any of {@code patientIds}; {@code null} (or no patient ids) means "any".
 */
record ReportCriteria(Instant from, Instant until, UUID actorId, List<UUID> patientIds) {

    static final ReportCriteria ALL = new ReportCriteria(null, null, null, List.of());

    ReportCriteria {
        patientIds = patientIds == null ? List.of() : List.copyOf(patientIds);
    }

    ReportCriteria(Instant from, Instant until, UUID actorId, UUID patientId) {
        this(from, until, actorId, patientId == null ? List.of() : List.of(patientId));
    }

    /** The one patient the report is about, when the filter names exactly one (for the audit of the report). */
    UUID patientId() {
        return patientIds.size() == 1 ? patientIds.get(0) : null;
    }
}
