package org.kneadwell.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing that happened to patient data or to security: who did what, to which patient and record,
 * from where, and whether it was allowed. Modules below {@code audit} publish it as an application
 * event; the audit module records it in the hash-chained log.
 *
 * @param occurredAt  when it happened (UTC)
 * @param actorId     the account's public id, or {@code null} for an anonymous caller
 * @param actorRole   the account's role, or {@code ANONYMOUS}
 * @param action      a dotted code such as {@code patient.read} or {@code login.failed}
 * @param patientId   the patient concerned, if any
 * @param recordType  the kind of record, if any (e.g. {@code patient}, {@code care-team})
 * @param recordId    the record's public id, if any
 * @param sourceIp    the caller's address, if known
 * @param outcome     what came of it
 */
public record AuditEvent(Instant occurredAt, UUID actorId, String actorRole, String action, UUID patientId,
        String recordType, String recordId, String sourceIp, Outcome outcome) {

    public enum Outcome { SUCCESS, DENIED, FAILED }

    public AuditEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorRole, "actorRole");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }
}
