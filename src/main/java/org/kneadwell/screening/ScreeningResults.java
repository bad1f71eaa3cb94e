package org.kneadwell.screening;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.screening.policy.ScreeningInput;
import org.kneadwell.screening.policy.ScreeningResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stored screening results: every submission adds one, so the history shows what changed and when. Each row keeps
 * the answers the engine read ({@code input}) and the format of its result ({@code schema_version}): a result is
 * read by the format it was written in, so every patient's history stays readable when the record types change.
 */
@Repository
class ScreeningResults {

    /** The format results are written in today; {@link #readResult} reads every format ever written. */
    static final int SCHEMA_VERSION = 1;

    private static final String COLUMNS = "id, public_id, patient_id, intake_id, created_at, result, input, schema_version";

    /**
     * Screenings read lately, by public id: a stored screening never changes, so its JSON is parsed once while it
     * is kept. Bounded by count (a parsed screening is a few kilobytes); Caffeine evicts the ones least likely to
     * be read again, where the map this replaces was emptied whole when full and every request then parsed afresh.
     */
    private static final int PARSED_KEPT = 4_096;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Cache<UUID, StoredScreening> parsed = Caffeine.newBuilder().maximumSize(PARSED_KEPT).build();

    ScreeningResults(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    StoredScreening insert(UUID patientId, Long intakeId, ScreeningInput input, ScreeningResult result, Instant now) {
        UUID publicId = UUID.randomUUID();
        jdbc.sql("""
                insert into screening_result (public_id, patient_id, intake_id, policy_version, tier, massage_on_hold,
                                              clearance_required, chronic, result, input, schema_version, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(publicId, patientId, intakeId, result.policyVersion(), result.triage().tier().name(),
                        result.triage().massageOnHold(), result.clearanceRequired(), result.chronic(),
                        json.writeValueAsString(result), json.writeValueAsString(input), SCHEMA_VERSION, utc(now))
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

    /** The patient's screenings from the given one on (by id), oldest first: what effective safety reads. */
    List<StoredScreening> since(UUID patientId, long fromId) {
        return jdbc.sql("select " + COLUMNS + " from screening_result where patient_id = ? and id >= ? order by id")
                .params(patientId, fromId).query(this::map).list();
    }

    /** {@link #since} for many patients: one query per {@value #CHUNK} patients. */
    java.util.Map<UUID, List<StoredScreening>> sinceEach(java.util.Map<UUID, Long> fromIds) {
        java.util.Map<UUID, List<StoredScreening>> byPatient = new java.util.HashMap<>();
        List<java.util.Map.Entry<UUID, Long>> all = List.copyOf(fromIds.entrySet());
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<java.util.Map.Entry<UUID, Long>> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String where = String.join(" or ", java.util.Collections.nCopies(chunk.size(), "(patient_id = ? and id >= ?)"));
            List<Object> params = new java.util.ArrayList<>(chunk.size() * 2);
            chunk.forEach(e -> {
                params.add(e.getKey());
                params.add(e.getValue());
            });
            jdbc.sql("select " + COLUMNS + " from screening_result where " + where + " order by id").params(params)
                    .query(this::map).list()
                    .forEach(s -> byPatient.computeIfAbsent(s.patientId(), p -> new java.util.ArrayList<>()).add(s));
        }
        return byPatient;
    }

    private static final int CHUNK = 200;

    List<StoredScreening> history(UUID patientId) {
        return jdbc.sql("select " + COLUMNS + " from screening_result where patient_id = ? order by created_at desc, id desc")
                .param(patientId).query(this::map).list();
    }

    /**
     * The row as a screening. Rows are only ever inserted, so one read before (same public id, which is random and
     * never reused) is the same screening: effective safety reads a patient's whole history on every request, and
     * parsing its JSON was a fifth of that request's time. The records are immutable (their lists are copies).
     */
    private StoredScreening map(ResultSet rs, int row) throws SQLException {
        UUID publicId = rs.getObject("public_id", UUID.class);
        StoredScreening seen = parsed.getIfPresent(publicId);
        if (seen != null) {
            return seen;
        }
        StoredScreening screening = parse(rs, publicId);
        parsed.put(publicId, screening);
        return screening;
    }

    private StoredScreening parse(ResultSet rs, UUID publicId) throws SQLException {
        long intake = rs.getLong("intake_id");
        Long intakeId = rs.wasNull() ? null : intake;
        String input = rs.getString("input");
        int version = rs.getInt("schema_version");
        return new StoredScreening(rs.getLong("id"), publicId, rs.getObject("patient_id", UUID.class), intakeId,
                instant(rs, "created_at"), readResult(json, rs.getString("result"), version),
                input == null ? null : json.readValue(input, ScreeningInput.class), version);
    }

    /**
     * Reads a stored result by the format it was written in. Version 1 is the {@link ScreeningResult} record as
     * JSON; a later format adds a case here that upgrades older rows, so no stored history becomes unreadable.
     */
    static ScreeningResult readResult(JsonMapper json, String stored, int version) {
        return switch (version) {
            case 1 -> json.readValue(stored, ScreeningResult.class);
            default -> throw new IllegalStateException("Unknown screening result format " + version
                    + ": this version of Kneadwell is older than the database");
        };
    }
}
