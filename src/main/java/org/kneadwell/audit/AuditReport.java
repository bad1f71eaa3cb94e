package org.kneadwell.audit;

import static org.kneadwell.shared.SqlTime.utc;

import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.SqlTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admin's audit report: events filtered by time, actor and patient, newest first, with names joined in;
 * as a page (limited) or as CSV (every match, streamed in one read-only transaction so a large export does
 * not sit in memory).
 */
@Component
class AuditReport {

    static final String[] CSV_HEADER = { "occurred_at_clinic_time", "occurred_at_utc", "actor_name", "actor_email",
        "actor_id", "actor_role", "action", "patient_name", "patient_id", "record_type", "record_id", "source_ip",
        "outcome", "seq" };

    private static final DateTimeFormatter CLINIC_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private static final String SELECT = """
            select e.id, e.seq, e.occurred_at, e.actor_id, e.actor_role, a.display_name, a.email, e.action,
                   e.patient_id, p.given_name, p.family_name, e.record_type, e.record_id, e.source_ip, e.outcome
            from audit_event e
            left join account a on a.public_id = e.actor_id
            left join patient p on p.public_id = e.patient_id
            """;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final ClinicSettings settings;
    private final TransactionTemplate readOnly;

    AuditReport(JdbcClient jdbc, DataSource dataSource, ClinicSettings settings,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(500);
        this.streaming = JdbcClient.create(cursor);
        this.settings = settings;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    ParsedFilter parse(ReportFilter filter) {
        return ParsedFilter.parse(filter, settings.zone(), this::accountByEmail);
    }

    /** As {@link #parse(ReportFilter)}, finding a patient given by name through {@code patientsByName}. */
    ParsedFilter parse(ReportFilter filter, Function<String, List<UUID>> patientsByName) {
        return ParsedFilter.parse(filter, settings.zone(), this::accountByEmail, patientsByName);
    }

    /** The newest {@code limit} matching events. */
    ReportPage find(ReportCriteria criteria, int limit) {
        return find(criteria, limit, 1);
    }

    /** Page {@code number} (from 1) of the matching events, {@code size} a page, newest first. */
    ReportPage find(ReportCriteria criteria, int size, int number) {
        long offset = (long) (number - 1) * size;
        List<ReportRow> rows = readOnly.execute(status -> select(jdbc, criteria, " limit :limit offset :offset")
                .param("limit", size + 1).param("offset", offset).query(this::row).list());
        return rows.size() > size ? new ReportPage(List.copyOf(rows.subList(0, size)), true, number)
                : new ReportPage(rows, false, number);
    }

    /** Writes every matching event as CSV, newest first, with a header row. */
    void exportCsv(ReportCriteria criteria, Writer out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(CSV_HEADER);
        readOnly.executeWithoutResult(status -> select(streaming, criteria, "").query(rs -> {
            ReportRow row = row(rs, 0);
            csv.row(CLINIC_TIME.format(row.occurredAt()), UTC_TIME.format(row.occurredAt()), row.actorName(),
                    row.actorEmail(), text(row.actorId()), row.actorRole(), row.action(), row.patientName(),
                    text(row.patientId()), row.recordType(), row.recordId(), row.sourceIp(), row.outcome(),
                    row.seq() == null ? null : row.seq().toString());
        }));
    }

    private Optional<UUID> accountByEmail(String email) {
        return jdbc.sql("select public_id from account where lower(email) = ?").param(email)
                .query((rs, row) -> rs.getObject("public_id", UUID.class)).optional();
    }

    private static StatementSpec select(JdbcClient client, ReportCriteria criteria, String limit) {
        List<String> conditions = new ArrayList<>();
        if (criteria.from() != null) {
            conditions.add("e.occurred_at >= :from");
        }
        if (criteria.until() != null) {
            conditions.add("e.occurred_at < :until");
        }
        if (criteria.actorId() != null) {
            conditions.add("e.actor_id = :actor");
        }
        if (!criteria.patientIds().isEmpty()) {
            conditions.add("e.patient_id in (:patients)");
        }
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + "\n";
        StatementSpec spec = client.sql(SELECT + where + "order by e.occurred_at desc, e.id desc" + limit);
        if (criteria.from() != null) {
            spec = spec.param("from", utc(criteria.from()));
        }
        if (criteria.until() != null) {
            spec = spec.param("until", utc(criteria.until()));
        }
        if (criteria.actorId() != null) {
            spec = spec.param("actor", criteria.actorId());
        }
        if (!criteria.patientIds().isEmpty()) {
            spec = spec.param("patients", criteria.patientIds());
        }
        return spec;
    }

    private ReportRow row(ResultSet rs, int rowNum) throws SQLException {
        Instant at = SqlTime.instant(rs, "occurred_at");
        String given = rs.getString("given_name");
        String family = rs.getString("family_name");
        return new ReportRow(at.atZone(settings.zone()), rs.getObject("actor_id", UUID.class),
                rs.getString("display_name"), rs.getString("email"), rs.getString("actor_role"),
                rs.getString("action"), rs.getObject("patient_id", UUID.class),
                given == null ? null : given + " " + family, rs.getString("record_type"), rs.getString("record_id"),
                rs.getString("source_ip"), rs.getString("outcome"), rs.getObject("seq", Long.class));
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
