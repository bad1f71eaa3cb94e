package org.kneadwell.audit;

import java.time.Instant;

/** One audit event as reports show it. */
public record AuditEntry(Instant occurredAt, String actorName, String actorRole, String action, String recordType,
        String recordId, String sourceIp, String outcome) {
}
