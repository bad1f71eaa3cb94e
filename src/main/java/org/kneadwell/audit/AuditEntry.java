package org.kneadwell.audit;

import java.time.Instant;

import org.kneadwell.shared.AuditEvent.Outcome;

/**
 * One line of "who looked at this record": when, who (the account's name, or the role when the actor has no
 * account, such as an anonymous caller), what and with what outcome.
 */
public record AuditEntry(Instant occurredAt, String actorName, String actorRole, String action,
        String recordType, String recordId, String sourceIp, Outcome outcome) {
}
