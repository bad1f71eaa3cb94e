package org.kneadwell.outcome;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.outcome.Measurement.Source;
import org.kneadwell.shared.Technique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The measurement rows. Every read is a range of one index: {@code (patient_id, code, effective_at)} for one code
 * (first and last rows with {@code limit 1}), {@code (patient_id, effective_at)} for all codes; so a patient's
 * timeline costs the same whatever the size of the clinic. Rows are never changed except to void them.
 */
@Repository
class Measurements {

    private static final String COLUMNS = "id, patient_id, code, quantity, unit, effective_at, source, appointment_id, "
            + "response_id, diary_id, techniques";

    private final JdbcClient jdbc;

    Measurements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Measurement m) {
        jdbc.sql("insert into measurement (patient_id, code, quantity, unit, effective_at, source, appointment_id, "
                + "response_id, diary_id, techniques) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(m.patientId(), m.code(), m.value(), m.unit(), utc(m.effectiveAt()), m.source().name(),
                        m.appointmentId(), m.responseId(), m.diaryId(),
                        m.techniques().isEmpty() ? null
                                : m.techniques().stream().map(Enum::name).collect(Collectors.joining(",")))
                .update();
    }

    /** Whether this value of this code is already recorded within the millisecond starting at {@code at}. */
    boolean exists(UUID patientId, String code, java.math.BigDecimal value, Instant at) {
        return jdbc.sql("select count(*) from measurement where patient_id = ? and code = ? and quantity = ?"
                + " and effective_at >= ? and effective_at < ? and voided_at is null")
                .params(patientId, code, value, utc(at), utc(at.plusMillis(1))).query(Long.class).single() > 0;
    }

    /** Newest first within [from, to), skipping {@code offset} rows. */
    List<Measurement> timeline(UUID patientId, String code, Instant from, Instant to, int limit, long offset) {
        String byCode = code == null ? "" : " and code = ?";
        Object[] params = code == null ? new Object[] { patientId, utc(from), utc(to), limit, offset }
                : new Object[] { patientId, code, utc(from), utc(to), limit, offset };
        return jdbc.sql("select " + COLUMNS + " from measurement where patient_id = ?" + byCode
                + " and effective_at >= ? and effective_at < ? and voided_at is null"
                + " order by effective_at desc, id desc limit ? offset ?")
                .params(params).query(Measurements::map).list();
    }

    /** Oldest first within [from, to), for plots. */
    List<Measurement> series(UUID patientId, String code, Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + " from measurement where patient_id = ? and code = ?"
                + " and effective_at >= ? and effective_at < ? and voided_at is null order by effective_at, id")
                .params(patientId, code, utc(from), utc(to)).query(Measurements::map).list();
    }

    /**
     * The first and the two latest rows of each code, in one statement of single-row index range scans:
     * rows in code order, each code's first then its latest then the one before.
     */
    Map<String, Ends> endsOf(UUID patientId, Collection<String> codes) {
        StringBuilder sql = new StringBuilder();
        Object[] params = new Object[codes.size() * 4];
        int i = 0;
        for (String code : codes) {
            if (sql.length() > 0) {
                sql.append(" union all ");
            }
            sql.append("(select ").append(COLUMNS).append(", 0 as ends from measurement where patient_id = ? and code = ?")
                    .append(" and voided_at is null order by effective_at, id limit 1) union all (select ")
                    .append(COLUMNS).append(", 1 as ends from measurement where patient_id = ? and code = ?")
                    .append(" and voided_at is null order by effective_at desc, id desc limit 2)");
            params[i++] = patientId;
            params[i++] = code;
            params[i++] = patientId;
            params[i++] = code;
        }
        Map<String, List<Measurement>> firsts = new HashMap<>();
        Map<String, List<Measurement>> lasts = new HashMap<>();
        jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
            Measurement m = map(rs, row);
            (rs.getInt("ends") == 0 ? firsts : lasts).computeIfAbsent(m.code(), c -> new ArrayList<>()).add(m);
            return m;
        }).list();
        Map<String, Ends> ends = new LinkedHashMap<>();
        for (String code : codes) {
            if (firsts.containsKey(code)) {
                List<Measurement> latest = lasts.get(code);
                latest.sort(Comparator.comparing(Measurement::effectiveAt).thenComparing(Measurement::id).reversed());
                ends.put(code, new Ends(firsts.get(code).get(0), latest.get(0), latest.size() > 1 ? latest.get(1) : null));
            }
        }
        return ends;
    }

    /** A code's first row (the baseline), its latest, and the one before the latest (null if only one). */
    record Ends(Measurement first, Measurement latest, Measurement previous) {
    }

    int sessionsWithPain(UUID patientId) {
        return jdbc.sql("select count(*) from measurement where patient_id = ? and code = ? and source = 'SESSION'"
                + " and voided_at is null").params(patientId, Measurement.PAIN).query(Integer.class).single();
    }

    int voidSession(UUID patientId, UUID appointmentId, Instant at) {
        return jdbc.sql("update measurement set voided_at = ? where patient_id = ? and appointment_id = ?"
                + " and voided_at is null").params(utc(at), patientId, appointmentId).update();
    }

    static Measurement map(ResultSet rs, int row) throws SQLException {
        String techniques = rs.getString("techniques");
        return new Measurement(rs.getLong("id"), rs.getObject("patient_id", UUID.class), rs.getString("code"),
                rs.getBigDecimal("quantity"), rs.getString("unit"), instant(rs, "effective_at"),
                Source.valueOf(rs.getString("source")), rs.getObject("appointment_id", UUID.class),
                rs.getObject("response_id", UUID.class), rs.getObject("diary_id", UUID.class),
                techniques == null ? List.of() : Arrays.stream(techniques.split(",")).map(Technique::valueOf).toList());
    }
}
