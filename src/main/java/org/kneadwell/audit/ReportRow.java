package org.kneadwell.audit;

import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * One event in the admin report, with the actor's and patient's names where they are known, and the time
 * already in the clinic's zone.
 *
 * @param seq its place in the chain, or {@code null} while not sealed yet
 */
record ReportRow(ZonedDateTime occurredAt, UUID actorId, String actorName, String actorEmail, String actorRole,
        String action, UUID patientId, String patientName, String recordType, String recordId, String sourceIp,
        String outcome, Long seq) {
}
