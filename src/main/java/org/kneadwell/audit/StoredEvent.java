package org.kneadwell.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.kneadwell.shared.AuditEvent;
import org.kneadwell.shared.SqlTime;

/**
 * One {@code audit_event} row as the recorder, the sealer and the verifier see it, with the canonical forms that
 * are MACed. The time is kept to the microsecond (what both H2 and PostgreSQL store), so the text MACed when an
 * event is recorded is the text rebuilt from the row when it is sealed and verified.
 *
 * @param publicId the random id the application gives each event (covered by its entry MAC, so a copied row is
 *                 refused by the unique constraint or fails its MAC); {@code null} on events recorded before the
 *                 keyed chain
 * @param entryMac the application's MAC over the event's content, written with the event
 */
record StoredEvent(long id, Long seq, UUID publicId, Instant occurredAt, UUID actorId, String actorRole,
        String action, UUID patientId, String recordType, String recordId, String sourceIp, String outcome,
        String entryMac, String hash) {

    static final String COLUMNS = "id, seq, public_id, occurred_at, actor_id, actor_role, action, patient_id, "
            + "record_type, record_id, source_ip, outcome, entry_mac, hash";

    private static final DateTimeFormatter MICROS_UTC = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** The event about to be recorded, with a new public id and its time cut to what the database keeps. */
    static StoredEvent toRecord(AuditEvent e) {
        return new StoredEvent(0, null, UUID.randomUUID(), e.occurredAt().truncatedTo(ChronoUnit.MICROS),
                e.actorId(), e.actorRole(), e.action(), e.patientId(), e.recordType(), e.recordId(), e.sourceIp(),
                e.outcome().name(), null, null);
    }

    static StoredEvent map(ResultSet rs, int row) throws SQLException {
        return new StoredEvent(rs.getLong("id"), rs.getObject("seq", Long.class), rs.getObject("public_id", UUID.class),
                SqlTime.instant(rs, "occurred_at"), rs.getObject("actor_id", UUID.class), rs.getString("actor_role"),
                rs.getString("action"), rs.getObject("patient_id", UUID.class), rs.getString("record_type"),
                rs.getString("record_id"), rs.getString("source_ip"), rs.getString("outcome"),
                rs.getString("entry_mac"), rs.getString("hash"));
    }

    StoredEvent withEntryMac(String mac) {
        return new StoredEvent(id, seq, publicId, occurredAt, actorId, actorRole, action, patientId, recordType,
                recordId, sourceIp, outcome, mac, hash);
    }

    /**
     * What the entry MAC covers: a version tag, then every field as {@code length:value;} or {@code -;} for null,
     * so no value can be mistaken for a neighbour's or for a missing one, whatever characters it contains.
     */
    String content() {
        StringBuilder text = new StringBuilder("audit-v2;");
        field(text, publicId == null ? null : publicId.toString());
        fields(text);
        return text.toString();
    }

    /** What a link of the keyed chain covers: the sequence number and the content. */
    String canonical(long atSeq) {
        StringBuilder text = new StringBuilder();
        field(text, Long.toString(atSeq));
        return text.append(content()).toString();
    }

    /** The form hashed by the SHA-256 chain of events sealed before the keyed chain. */
    String legacyCanonical(long atSeq) {
        StringBuilder text = new StringBuilder("audit-v1;");
        field(text, Long.toString(atSeq));
        fields(text);
        return text.toString();
    }

    private void fields(StringBuilder text) {
        field(text, MICROS_UTC.format(occurredAt));
        field(text, actorId == null ? null : actorId.toString());
        field(text, actorRole);
        field(text, action);
        field(text, patientId == null ? null : patientId.toString());
        field(text, recordType);
        field(text, recordId);
        field(text, sourceIp);
        field(text, outcome);
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-;");
        } else {
            text.append(value.length()).append(':').append(value).append(';');
        }
    }
}
