package org.kneadwell.scheduling;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.shared.Technique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored appointments, and the per-therapist and per-patient lock rows that serialise booking. */
@Repository
class Appointments {

    static final String COLUMNS = "id, public_id, patient_id, therapist_id, location_id, plan_id, series_id, "
            + "technique, starts_at, ends_at, status, cancel_reason, late_cancellation, created_at, blocked_reason"
            + ", rebook_reason, review_reason";

    private final JdbcClient jdbc;

    Appointments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the therapist's and the patient's schedules for the rest of the transaction, always in the same order
     * so two bookings cannot deadlock. Works the same on H2 and PostgreSQL ({@code select ... for update}).
     */
    void lockSchedules(UUID therapistId, UUID patientId) {
        List<String> keys = new java.util.ArrayList<>(List.of("therapist:" + therapistId, "patient:" + patientId));
        java.util.Collections.sort(keys);
        for (String key : keys) {
            if (lockRow(key).isEmpty()) { // the first booking ever for this therapist or patient makes the row
                jdbc.sql("insert into schedule_lock (lock_key) values (?) on conflict do nothing").param(key).update();
                lockRow(key).orElseThrow();
            }
        }
    }

    private Optional<String> lockRow(String key) {
        return jdbc.sql("select lock_key from schedule_lock where lock_key = ? for update").param(key)
                .query(String.class).optional();
    }

    /** Booked appointments of the therapist or the patient that overlap [start, end). */
    List<Appointment> clashes(UUID therapistId, UUID patientId, Instant start, Instant end) {
        return jdbc.sql("select " + COLUMNS + " from appointment where status = 'BOOKED' and starts_at < ? and ends_at > ? "
                + "and (therapist_id = ? or patient_id = ?)")
                .params(utc(end), utc(start), therapistId, patientId).query(Appointments::map).list();
    }

    Appointment insert(UUID patientId, UUID therapistId, UUID locationId, UUID planId, UUID seriesId,
            Technique technique, Instant start, Instant end, UUID by, Instant now) {
        UUID publicId = UUID.randomUUID();
        jdbc.sql("""
                insert into appointment (public_id, patient_id, therapist_id, location_id, plan_id, series_id, technique,
                                         starts_at, ends_at, status, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'BOOKED', ?, ?)""")
                .params(publicId, patientId, therapistId, locationId, planId, seriesId, technique.name(), utc(start),
                        utc(end), utc(now), by)
                .update();
        return byPublicId(publicId).orElseThrow();
    }

    /**
     * Stores a session that already took place as attended, in one statement: history is never a booking, so it
     * does not take a booked session's slot (the PostgreSQL no-overlap constraints cover booked sessions only).
     */
    Appointment insertAttended(UUID patientId, UUID therapistId, Technique technique, Instant start, Instant end,
            UUID by, Instant now) {
        UUID publicId = UUID.randomUUID();
        jdbc.sql("""
                insert into appointment (public_id, patient_id, therapist_id, technique, starts_at, ends_at, status,
                                         created_at, created_by)
                values (?, ?, ?, ?, ?, ?, 'ATTENDED', ?, ?)""")
                .params(publicId, patientId, therapistId, technique.name(), utc(start), utc(end), utc(now), by)
                .update();
        return byPublicId(publicId).orElseThrow();
    }

    Optional<Appointment> byPublicId(UUID publicId) {
        return jdbc.sql("select " + COLUMNS + " from appointment where public_id = ?").param(publicId)
                .query(Appointments::map).optional();
    }

    List<Appointment> ofPatient(UUID patientId) {
        return jdbc.sql("select " + COLUMNS + " from appointment where patient_id = ? order by starts_at")
                .param(patientId).query(Appointments::map).list();
    }

    List<Appointment> ofTherapist(UUID therapistId, Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + " from appointment where therapist_id = ? and starts_at < ? and ends_at > ? "
                + "order by starts_at").params(therapistId, utc(to), utc(from)).query(Appointments::map).list();
    }

    /** The patient's booked sessions that have not started yet, soonest first. */
    List<Appointment> upcomingOf(UUID patientId, Instant now) {
        return jdbc.sql("select " + COLUMNS + " from appointment where patient_id = ? and status = 'BOOKED' "
                + "and starts_at > ? order by starts_at").params(patientId, utc(now)).query(Appointments::map).list();
    }

    /** Marks (or re-words) a session that effective safety no longer allows; {@code null} removes the mark. */
    void markBlocked(long id, String reason, Instant now) {
        jdbc.sql("update appointment set blocked_reason = ?, blocked_at = ? where id = ?")
                .params(reason, reason == null ? null : utc(now), id).update();
    }

    boolean cancel(long id, String reason, boolean late, Instant now) {
        return jdbc.sql("update appointment set status = 'CANCELLED', cancel_reason = ?, late_cancellation = ?, "
                + "cancelled_at = ? where id = ? and status = 'BOOKED'").params(reason, late, utc(now), id).update() == 1;
    }

    /** Attended or no-show, from a session's note (never from cancelled). */
    void setAttendance(long id, Appointment.Status status) {
        jdbc.sql("update appointment set status = ? where id = ? and status <> 'CANCELLED'").params(status.name(), id)
                .update();
    }

    boolean markNoShow(long id) {
        return jdbc.sql("update appointment set status = 'NO_SHOW' where id = ? and status = 'BOOKED'").param(id)
                .update() == 1;
    }

    /** The therapist's sessions still booked after {@code now}. */
    List<Appointment> upcomingOfTherapist(UUID therapistId, Instant now) {
        return jdbc.sql("select " + COLUMNS + " from appointment where therapist_id = ? and status = 'BOOKED' "
                + "and starts_at > ? order by starts_at").params(therapistId, utc(now)).query(Appointments::map).list();
    }

    /** Marks a booked session for rebooking; false if it is no longer booked or already marked. */
    boolean markForRebooking(long id, String reason, Instant now) {
        return jdbc.sql("update appointment set rebook_reason = ?, rebook_marked_at = ? "
                + "where id = ? and status = 'BOOKED' and rebook_reason is null").params(reason, utc(now), id)
                .update() == 1;
    }

    /** Marks a booked session for review; false if it is no longer booked or already marked. */
    boolean markForReview(long id, String reason, Instant now) {
        return jdbc.sql("update appointment set review_reason = ?, review_marked_at = ? "
                + "where id = ? and status = 'BOOKED' and review_reason is null").params(reason, utc(now), id)
                .update() == 1;
    }

    /** Removes the review mark; false if there was none. */
    boolean clearReview(long id) {
        return jdbc.sql("update appointment set review_reason = null, review_marked_at = null "
                + "where id = ? and review_reason is not null").param(id).update() == 1;
    }

    /** Attended sessions that ended in [from, to), oldest first. */
    List<Appointment> attendedEndedBetween(Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + " from appointment where status = 'ATTENDED' and ends_at >= ? "
                + "and ends_at < ? order by ends_at").params(utc(from), utc(to)).query(Appointments::map).list();
    }

    /** Upcoming booked sessions marked for rebooking, counted per therapist. */
    java.util.Map<UUID, Long> awaitingRebookingByTherapist(Instant now) {
        java.util.Map<UUID, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("select therapist_id, count(*) as n from appointment where status = 'BOOKED' "
                + "and rebook_reason is not null and starts_at > ? group by therapist_id order by therapist_id")
                .param(utc(now))
                .query(rs -> {
                    counts.put(rs.getObject("therapist_id", UUID.class), rs.getLong("n"));
                });
        return counts;
    }

    static Appointment map(ResultSet rs, int row) throws SQLException {
        return new Appointment(rs.getLong("id"), rs.getObject("public_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getObject("therapist_id", UUID.class),
                rs.getObject("location_id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getObject("series_id", UUID.class), Technique.valueOf(rs.getString("technique")),
                instant(rs, "starts_at"), instant(rs, "ends_at"), Appointment.Status.valueOf(rs.getString("status")),
                rs.getString("cancel_reason"), rs.getBoolean("late_cancellation"), instant(rs, "created_at"),
                rs.getString("blocked_reason"), rs.getString("rebook_reason"),
                rs.getString("review_reason"));
    }
}
