package org.kneadwell.screening;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.screening.policy.ScreeningResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Stored screening results: every submission adds one, so the history shows what changed and when. */
@Repository
class ScreeningResults {

    private static final String COLUMNS = "id, public_id, patient_id, intake_id, created_at, result";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ScreeningResults(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    StoredScreening insert(UUID patientId, long intakeId, ScreeningResult result, Instant now) {
        UUID publicId = UUID.randomUUID();
        jdbc.sql("""
                insert into screening_result (public_id, patient_id, intake_id, policy_version, tier, massage_on_hold,
                                              clearance_required, chronic, result, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(publicId, patientId, intakeId, result.policyVersion(), result.triage().tier().name(),
                        result.triage().massageOnHold(), result.clearanceRequired(), result.chronic(),
                        json.writeValueAsString(result), utc(now))
                .update();
        return jdbc.sql("select " + COLUMNS + " from screening_result where public_id = ?").param(publicId)
                .query(this::map).single();
    }

    Optional<StoredScreening> latest(UUID patientId) {
        return jdbc.sql("select " + COLUMNS + " from screening_result where patient_id = ? order by created_at desc, id desc limit 1")
                .param(patientId).query(this::map).optional();
    }

    /** The latest screening of each of the given patients (those never screened are absent). */
    java.util.Map<UUID, StoredScreening> latestOf(java.util.Collection<UUID> patientIds) {
        if (patientIds.isEmpty()) {
            return java.util.Map.of();
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(patientIds.size(), "?"));
        java.util.Map<UUID, StoredScreening> latest = new java.util.HashMap<>();
        jdbc.sql("select " + COLUMNS + " from screening_result where patient_id in (" + placeholders
                + ") order by created_at, id").params(List.copyOf(patientIds)).query(this::map).list()
                .forEach(s -> latest.put(s.patientId(), s));
        return latest;
    }

    List<StoredScreening> history(UUID patientId) {
        return jdbc.sql("select " + COLUMNS + " from screening_result where patient_id = ? order by created_at desc, id desc")
                .param(patientId).query(this::map).list();
    }

    private StoredScreening map(ResultSet rs, int row) throws SQLException {
        return new StoredScreening(rs.getLong("id"), rs.getObject("public_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getLong("intake_id"), instant(rs, "created_at"),
                json.readValue(rs.getString("result"), ScreeningResult.class));
    }
}
