package org.kneadwell.session;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored check-ins; a calendar reads the latest of each of its sessions in one query. */
@Repository
class CheckIns {

    private static final String COLUMNS = "public_id, appointment_id, patient_id, pain_now, red_flags, new_conditions, "
            + "new_medicines, screening_id, massage_on_hold, checked_in_by, at_desk, created_at";

    private final JdbcClient jdbc;

    CheckIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CheckIn insert(UUID appointmentId, UUID patientId, int painNow, List<String> redFlags, List<String> conditions,
            List<String> medicines, UUID screeningId, boolean onHold, UUID by, boolean atDesk, Instant now) {
        UUID publicId = UUID.randomUUID();
        jdbc.sql("insert into session_check_in (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(publicId, appointmentId, patientId, painNow, String.join(",", redFlags),
                        String.join(",", conditions), String.join(",", medicines), screeningId, onHold, by, atDesk,
                        utc(now))
                .update();
        return new CheckIn(publicId, appointmentId, patientId, painNow, List.copyOf(redFlags), List.copyOf(conditions),
                List.copyOf(medicines), screeningId, onHold, by, atDesk, now);
    }

    Optional<CheckIn> latestOf(UUID appointmentId) {
        return jdbc.sql("select " + COLUMNS + " from session_check_in where appointment_id = ? "
                + "order by created_at desc, id desc limit 1").param(appointmentId).query(CheckIns::map).optional();
    }

    /** The latest check-in of each of the given sessions (those without one are absent), in one query. */
    Map<UUID, CheckIn> latestOf(Collection<UUID> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(appointmentIds.size(), "?"));
        Map<UUID, CheckIn> latest = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from session_check_in where appointment_id in (" + marks
                + ") order by created_at, id").params(List.copyOf(appointmentIds)).query(CheckIns::map).list()
                .forEach(c -> latest.put(c.appointmentId(), c));
        return latest;
    }

    int countOf(UUID appointmentId) {
        return jdbc.sql("select count(*) from session_check_in where appointment_id = ?").param(appointmentId)
                .query(Integer.class).single();
    }

    private static CheckIn map(ResultSet rs, int row) throws SQLException {
        return new CheckIn(rs.getObject("public_id", UUID.class), rs.getObject("appointment_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getInt("pain_now"), codes(rs.getString("red_flags")),
                codes(rs.getString("new_conditions")), codes(rs.getString("new_medicines")),
                rs.getObject("screening_id", UUID.class), rs.getBoolean("massage_on_hold"),
                rs.getObject("checked_in_by", UUID.class), rs.getBoolean("at_desk"), instant(rs, "created_at"));
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
