package org.kneadwell.audit;

import static org.kneadwell.shared.SqlTime.instant;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the audit log for other modules: who looked at a patient's record. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> forPatient(java.util.UUID patientId, int limit) {
        return jdbc.sql("""
                select e.occurred_at, coalesce(a.display_name, e.actor_role) as actor_name, e.actor_role, e.action,
                       e.record_type, e.record_id, e.source_ip, e.outcome
                from audit_event e left join account a on a.public_id = e.actor_id
                where e.patient_id = ? order by e.occurred_at desc, e.id desc limit ?""")
                .params(patientId, limit)
                .query((rs, i) -> new AuditEntry(instant(rs, "occurred_at"), rs.getString("actor_name"),
                        rs.getString("actor_role"), rs.getString("action"), rs.getString("record_type"),
                        rs.getString("record_id"), rs.getString("source_ip"), rs.getString("outcome")))
                .list();
    }
}
