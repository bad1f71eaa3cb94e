package org.kneadwell.outcome;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Questionnaire responses and diary entries: inserted, read, never updated. */
@Repository
class Records {

    private final JdbcClient jdbc;

    Records(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredResponse r) {
        jdbc.sql("insert into outcome_response (public_id, patient_id, instrument, answers, activities, score, "
                + "effective_at, recorded_at, recorded_by, source) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.publicId(), r.patientId(), r.instrument(), r.answers(),
                        r.activities().isEmpty() ? null : String.join("\n", r.activities()), r.score().value(),
                        utc(r.effectiveAt()), utc(r.recordedAt()), r.recordedBy(), r.source().name())
                .update();
    }

    void insert(DiaryEntry d) {
        jdbc.sql("insert into pain_diary_entry (public_id, patient_id, pain, note, flare_up, red_flags, effective_at, "
                + "recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.publicId(), d.patientId(), d.pain(), d.note(), d.flareUp(),
                        d.redFlags().isEmpty() ? null : String.join(",", d.redFlags()), utc(d.effectiveAt()),
                        utc(d.recordedAt()), d.recordedBy())
                .update();
    }

    /** Every answer set of the patient, oldest first. */
    List<StoredResponse> responsesOf(UUID patientId) {
        return jdbc.sql("select * from outcome_response where patient_id = ? order by effective_at, id").param(patientId)
                .query((rs, n) -> new StoredResponse(rs.getObject("public_id", UUID.class),
                        rs.getObject("patient_id", UUID.class), rs.getString("instrument"), rs.getString("answers"),
                        rs.getString("activities") == null ? List.of() : List.of(rs.getString("activities").split("\n")),
                        new Score(rs.getBigDecimal("score"), null, null), instant(rs, "effective_at"),
                        instant(rs, "recorded_at"), rs.getObject("recorded_by", UUID.class),
                        Measurement.Source.valueOf(rs.getString("source"))))
                .list();
    }

    /** When each instrument was last answered, for the schedules. */
    Map<String, Instant> lastAnswered(UUID patientId) {
        Map<String, Instant> last = new LinkedHashMap<>();
        jdbc.sql("select instrument, max(effective_at) as last_at from outcome_response where patient_id = ?"
                + " group by instrument").param(patientId)
                .query((rs, i) -> last.put(rs.getString("instrument"), instant(rs, "last_at"))).list();
        return last;
    }

    List<DiaryEntry> recentDiary(UUID patientId, int limit) {
        return jdbc.sql("select * from pain_diary_entry where patient_id = ? order by effective_at desc, id desc limit ?")
                .params(patientId, limit).query(Records::diary).list();
    }

    private static DiaryEntry diary(ResultSet rs, int row) throws SQLException {
        String flags = rs.getString("red_flags");
        return new DiaryEntry(rs.getObject("public_id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getInt("pain"), rs.getString("note"), rs.getBoolean("flare_up"),
                flags == null ? List.of() : Arrays.asList(flags.split(",")), instant(rs, "effective_at"),
                instant(rs, "recorded_at"), rs.getObject("recorded_by", UUID.class));
    }
}
