package org.kneadwell.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.kneadwell.shared.SqlTime;

/**
 * One {@code audit_event} row as the sealer and the verifier see it, with the canonical form that is hashed.
 * The canonical form is built from values as read back from the database (the time truncated to
 * microseconds, which both H2 and PostgreSQL keep), so sealing and verifying always hash the same text.
 */
record StoredEvent(long id, Long seq, Instant occurredAt, UUID actorId, String actorRole, String action,
        UUID patientId, String recordType, String recordId, String sourceIp, String outcome, String hash) {

    static final String COLUMNS = "id, seq, occurred_at, actor_id, actor_role, action, patient_id, record_type, "
            + "record_id, source_ip, outcome, hash";

    private static final DateTimeFormatter MICROS_UTC = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    static StoredEvent map(ResultSet rs, int row) throws SQLException {
        Long seq = rs.getObject("seq", Long.class);
        return new StoredEvent(rs.getLong("id"), seq, SqlTime.instant(rs, "occurred_at"),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_role"), rs.getString("action"),
                rs.getObject("patient_id", UUID.class), rs.getString("record_type"), rs.getString("record_id"),
                rs.getString("source_ip"), rs.getString("outcome"), rs.getString("hash"));
    }

    /**
     * Version tag, then every field as {@code length:value;} or {@code -;} for null: no value can be mistaken
     * for a neighbour's or for a missing one, whatever characters it contains.
     */
    String canonical(long atSeq) {
        StringBuilder text = new StringBuilder("audit-v1;");
        field(text, Long.toString(atSeq));
        field(text, MICROS_UTC.format(occurredAt));
        field(text, actorId == null ? null : actorId.toString());
        field(text, actorRole);
        field(text, action);
        field(text, patientId == null ? null : patientId.toString());
        field(text, recordType);
        field(text, recordId);
        field(text, sourceIp);
        field(text, outcome);
        return text.toString();
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-;");
        } else {
            text.append(value.length()).append(':').append(value).append(';');
        }
    }
}
