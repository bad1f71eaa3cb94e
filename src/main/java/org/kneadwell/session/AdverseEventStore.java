package org.kneadwell.session;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.kneadwell.shared.Technique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored adverse events: inserted, never changed or deleted. */
@Repository
class AdverseEventStore {

    private static final String SELECT = """
            select e.public_id, e.patient_id, e.appointment_id, e.technique, e.kind, e.severity, e.description,
                   e.source, e.recorded_at, e.session_start
            from adverse_event e""";

    private final JdbcClient jdbc;

    AdverseEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores one event; {@code followUpId} is the follow-up that reported it, or {@code null}. */
    AdverseEvent insert(UUID patientId, UUID appointmentId, Technique technique, Instant sessionStart, Long followUpId,
            FollowUpAnswer.Reaction reaction, AdverseEvent.Source source, UUID recordedBy, Instant now) {
        UUID publicId = UUID.randomUUID();
        jdbc.sql("""
                insert into adverse_event (public_id, patient_id, appointment_id, technique, session_start, follow_up_id,
                                           kind, severity, description, source, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(publicId, patientId, appointmentId, technique == null ? null : technique.name(),
                        sessionStart == null ? null : utc(sessionStart), followUpId,
                        reaction.kind().name(), reaction.severity().name(), reaction.description(), source.name(),
                        utc(now), recordedBy)
                .update();
        return jdbc.sql(SELECT + " where e.public_id = ?").param(publicId).query(AdverseEventStore::map).single();
    }

    /** The patient's adverse events, newest first. */
    List<AdverseEvent> ofPatient(UUID patientId) {
        return jdbc.sql(SELECT + " where e.patient_id = ? order by e.recorded_at desc, e.id desc").param(patientId)
                .query(AdverseEventStore::map).list();
    }

    static AdverseEvent map(ResultSet rs, int row) throws SQLException {
        String technique = rs.getString("technique");
        return new AdverseEvent(rs.getObject("public_id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("appointment_id", UUID.class), technique == null ? null : Technique.valueOf(technique),
                ReactionKind.valueOf(rs.getString("kind")), Severity.valueOf(rs.getString("severity")),
                rs.getString("description"), AdverseEvent.Source.valueOf(rs.getString("source")),
                instant(rs, "recorded_at"), instant(rs, "session_start"));
    }
}
