package org.kneadwell.session;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.scheduling.Appointment;
import org.kneadwell.shared.Technique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored follow-up requests and answers: one per attended session, answered at most once. */
@Repository
class FollowUps {

    private static final String COLUMNS = "id, public_id, patient_id, appointment_id, technique, session_start, "
            + "session_end, requested_at, answered_at, pain_now, helpfulness";

    private final JdbcClient jdbc;

    FollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Requests the follow-up of {@code session} unless it already has one; true if this call created it. */
    boolean requestIfAbsent(Appointment session, Instant now) {
        return jdbc.sql("""
                insert into follow_up (public_id, patient_id, appointment_id, technique, session_start, session_end,
                                       requested_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(UUID.randomUUID(), session.patientId(), session.publicId(), session.technique().name(),
                        utc(session.start()), utc(session.end()), utc(now))
                .update() == 1;
    }

    Optional<FollowUp> ofAppointment(UUID appointmentId) {
        return jdbc.sql("select " + COLUMNS + " from follow_up where appointment_id = ?").param(appointmentId)
                .query(FollowUps::map).optional();
    }

    /** Which of these sessions already have a follow-up. */
    List<UUID> requestedAmong(List<UUID> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select appointment_id from follow_up where appointment_id in (:ids)")
                .param("ids", appointmentIds).query(UUID.class).list();
    }

    /** The patient's follow-ups still to answer, oldest session first. */
    List<FollowUp> dueOf(UUID patientId) {
        return jdbc.sql("select " + COLUMNS + " from follow_up where patient_id = ? and answered_at is null "
                + "order by session_end").param(patientId).query(FollowUps::map).list();
    }

    List<FollowUp> ofPatient(UUID patientId) {
        return jdbc.sql("select " + COLUMNS + " from follow_up where patient_id = ? order by session_end")
                .param(patientId).query(FollowUps::map).list();
    }

    /** Stores the answer once; false if the follow-up was answered already (by a request that got there first). */
    boolean answer(long id, FollowUpAnswer answer, Instant now) {
        return jdbc.sql("update follow_up set answered_at = ?, pain_now = ?, helpfulness = ? "
                + "where id = ? and answered_at is null")
                .params(utc(now), answer.painNow(), answer.helpfulness().name(), id).update() == 1;
    }

    static FollowUp map(ResultSet rs, int row) throws SQLException {
        String helpfulness = rs.getString("helpfulness");
        int pain = rs.getInt("pain_now");
        Integer painNow = rs.wasNull() ? null : pain;
        return new FollowUp(rs.getLong("id"), rs.getObject("public_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getObject("appointment_id", UUID.class),
                Technique.valueOf(rs.getString("technique")), instant(rs, "session_start"),
                instant(rs, "session_end"), instant(rs, "requested_at"), instant(rs, "answered_at"), painNow,
                helpfulness == null ? null : Helpfulness.valueOf(helpfulness));
    }
}
