package org.kneadwell.audit;

import java.util.List;
import java.util.UUID;

import org.kneadwell.shared.AuditEvent.Outcome;
import org.kneadwell.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the audit log for other modules, such as the patient chart's "who looked at this record". */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The patient's most recent events, newest first, sealed or not yet. */
    public List<AuditEntry> forPatient(UUID patientId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return jdbc.sql("""
                select e.occurred_at, coalesce(a.display_name, e.actor_role) as actor_name, e.actor_role, e.action,
                       e.record_type, e.record_id, e.source_ip, e.outcome
                from audit_event e left join account a on a.public_id = e.actor_id
                where e.patient_id = ?
                order by e.occurred_at desc, e.id desc
                limit ?""")
                .params(patientId, limit)
                .query((rs, row) -> new AuditEntry(SqlTime.instant(rs, "occurred_at"), rs.getString("actor_name"),
                        rs.getString("actor_role"), rs.getString("action"), rs.getString("record_type"),
                        rs.getString("record_id"), rs.getString("source_ip"), Outcome.valueOf(rs.getString("outcome"))))
                .list();
    }
}
