package org.kneadwell.screening;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Stored intakes; the answers travel as JSON so a draft can hold whatever has been answered so far. */
@Repository
class Intakes {

    private static final String COLUMNS = "id, public_id, patient_id, status, answers, started_at, updated_at, submitted_at, "
            + "emergency_alerted_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Intakes(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Intake> draftOf(UUID patientId) {
        return jdbc.sql("select " + COLUMNS + " from intake where patient_id = ? and status = 'DRAFT' order by id desc limit 1")
                .param(patientId).query(this::map).optional();
    }

    Optional<Intake> latestSubmitted(UUID patientId) {
        return jdbc.sql("select " + COLUMNS + " from intake where patient_id = ? and status = 'SUBMITTED' order by submitted_at desc, id desc limit 1")
                .param(patientId).query(this::map).optional();
    }

    Optional<Intake> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from intake where id = ?").param(id).query(this::map).optional();
    }

    List<Intake> submitted(UUID patientId) {
        return jdbc.sql("select " + COLUMNS + " from intake where patient_id = ? and status = 'SUBMITTED' order by submitted_at desc, id desc")
                .param(patientId).query(this::map).list();
    }

    Intake startDraft(UUID patientId, IntakeAnswers answers, UUID by, Instant now) {
        UUID publicId = UUID.randomUUID();
        jdbc.sql("""
                insert into intake (public_id, patient_id, status, answers, started_at, started_by, updated_at)
                values (?, ?, 'DRAFT', ?, ?, ?, ?)""")
                .params(publicId, patientId, json.writeValueAsString(answers), utc(now), by, utc(now)).update();
        return jdbc.sql("select " + COLUMNS + " from intake where public_id = ?").param(publicId).query(this::map).single();
    }

    void saveDraft(long id, IntakeAnswers answers, Instant now) {
        jdbc.sql("update intake set answers = ?, updated_at = ? where id = ? and status = 'DRAFT'")
                .params(json.writeValueAsString(answers), utc(now), id).update();
    }

    /**
     * Records that the draft's emergency answers have alerted the care team; true only the first time for this
     * draft (the guarded update is what keeps it to one alert when saves race).
     */
    boolean markEmergencyAlerted(long id, Instant now) {
        return jdbc.sql("update intake set emergency_alerted_at = ? where id = ? and status = 'DRAFT' and emergency_alerted_at is null")
                .params(utc(now), id).update() == 1;
    }

    /** Marks the draft submitted; false if it was not a draft any more (submitted twice). */
    boolean markSubmitted(long id, UUID by, Instant now) {
        return jdbc.sql("update intake set status = 'SUBMITTED', submitted_at = ?, submitted_by = ?, updated_at = ? where id = ? and status = 'DRAFT'")
                .params(utc(now), by, utc(now), id).update() == 1;
    }

    private Intake map(ResultSet rs, int row) throws SQLException {
        return new Intake(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getObject("patient_id", UUID.class),
                Intake.Status.valueOf(rs.getString("status")),
                json.readValue(rs.getString("answers"), IntakeAnswers.class), instant(rs, "started_at"),
                instant(rs, "updated_at"), instant(rs, "submitted_at"), instant(rs, "emergency_alerted_at"));
    }
}
