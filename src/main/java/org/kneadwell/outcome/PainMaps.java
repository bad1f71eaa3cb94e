package org.kneadwell.outcome;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.shared.BodyRegion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored pain maps ({@link PainMap}), read newest first through the patient's index. */
@Repository
class PainMaps {

    private final JdbcClient jdbc;

    PainMaps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID patientId, PainMap map, UUID appointmentId) {
        jdbc.sql("""
                insert into pain_map (patient_id, reported_at, source, appointment_id, regions)
                values (?, ?, ?, ?, ?)""")
                .params(patientId, utc(map.reportedAt()), map.source().name(), appointmentId,
                        map.regions().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .update();
    }

    void voidSession(UUID patientId, UUID appointmentId, Instant now) {
        jdbc.sql("update pain_map set voided_at = ? where patient_id = ? and appointment_id = ? and voided_at is null")
                .params(utc(now), patientId, appointmentId).update();
    }

    /** The latest {@code limit} maps, newest first. */
    List<PainMap> latest(UUID patientId, int limit) {
        return jdbc.sql("""
                select reported_at, source, regions from pain_map where patient_id = ? and voided_at is null
                order by reported_at desc, id desc limit ?""")
                .params(patientId, limit).query(PainMaps::map).list();
    }

    /** The first map ever reported, the baseline of the body-map view. */
    java.util.Optional<PainMap> first(UUID patientId) {
        return jdbc.sql("""
                select reported_at, source, regions from pain_map where patient_id = ? and voided_at is null
                order by reported_at, id limit 1""")
                .param(patientId).query(PainMaps::map).optional();
    }

    private static PainMap map(ResultSet rs, int row) throws SQLException {
        String regions = rs.getString("regions");
        Set<BodyRegion> parsed = regions.isBlank() ? Set.of()
                : Arrays.stream(regions.split(",")).map(BodyRegion::valueOf).collect(Collectors.toSet());
        return new PainMap(instant(rs, "reported_at"), PainMap.Source.valueOf(rs.getString("source")), parsed);
    }
}
