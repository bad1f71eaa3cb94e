package org.kneadwell.clearance;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Stored decisions; the scope of an approval travels as JSON. The newest approval is the one that counts. */
@Repository
class ClearanceDecisions {

    private static final String COLUMNS = "id, public_id, request_id, patient_id, screening_id, decision, reason, scope, "
            + "valid_until, decided_on, decided_at, decided_by, clinician_name";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ClearanceDecisions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    ClearanceDecision insert(long requestId, UUID patientId, long screeningId, ClearanceDecision.Kind kind, String reason,
            ClearanceScope scope, LocalDate validUntil, LocalDate decidedOn, UUID by, String clinicianName,
            Instant now) {
        UUID publicId = UUID.randomUUID();
        jdbc.sql("""
                insert into clearance_decision (public_id, request_id, patient_id, screening_id, decision, reason, scope,
                                                valid_until, decided_on, decided_at, decided_by, clinician_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(publicId, requestId, patientId, screeningId, kind.name(), reason,
                        scope == null ? null : json.writeValueAsString(scope), validUntil, decidedOn, utc(now), by,
                        clinicianName)
                .update();
        return jdbc.sql("select " + COLUMNS + " from clearance_decision where public_id = ?").param(publicId)
                .query(this::map).single();
    }

    /**
     * The newest decision that settled a request (approval, refusal or "not needed"): a refusal after an approval
     * withdraws it, and effective safety reads the screens from the one it applied to (contract §5).
     */
    Optional<ClearanceDecision> latestResolution(UUID patientId) {
        return jdbc.sql("select " + COLUMNS + " from clearance_decision where patient_id = ? "
                + "and decision in ('APPROVE', 'DECLINE', 'NOT_NEEDED') "
                + "order by decided_at desc, id desc limit 1").param(patientId).query(this::map).optional();
    }

    /** {@link #latestResolution} for many patients at once: the latest settling decision of each that has one. */
    java.util.Map<UUID, ClearanceDecision> latestResolutions(java.util.Collection<UUID> patientIds) {
        java.util.Map<UUID, ClearanceDecision> latest = new java.util.HashMap<>();
        List<UUID> all = List.copyOf(patientIds);
        for (int from = 0; from < all.size(); from += 500) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.sql("select " + COLUMNS + " from clearance_decision where patient_id in (" + marks + ") "
                    + "and decision in ('APPROVE', 'DECLINE', 'NOT_NEEDED') order by decided_at desc, id desc")
                    .params(List.<Object>copyOf(chunk)).query(this::map).list()
                    .forEach(d -> latest.putIfAbsent(d.patientId(), d));
        }
        return latest;
    }

    List<ClearanceDecision> forPatient(UUID patientId) {
        return jdbc.sql("select " + COLUMNS + " from clearance_decision where patient_id = ? order by decided_at desc, id desc")
                .param(patientId).query(this::map).list();
    }

    /**
     * Approvals still in force (no later settling decision) whose expiry has not been warned about yet and falls on or
     * before {@code by}: an approval keeps covering later screens that raise nothing new (contract §5).
     */
    List<ClearanceDecision> approvalsExpiringBy(LocalDate by, boolean expired) {
        String warned = expired ? "expired_warned_at" : "expiry_warned_at";
        return jdbc.sql("select " + COLUMNS + " from clearance_decision d where decision = 'APPROVE' and " + warned
                + " is null and valid_until <= ? and not exists (select 1 from clearance_decision n where "
                + "n.patient_id = d.patient_id and n.decision in ('APPROVE', 'DECLINE', 'NOT_NEEDED') and n.id > d.id)")
                .param(by).query(this::map).list();
    }

    void markWarned(long id, boolean expired, Instant now) {
        jdbc.sql("update clearance_decision set " + (expired ? "expired_warned_at" : "expiry_warned_at") + " = ? where id = ?")
                .params(utc(now), id).update();
    }

    private ClearanceDecision map(ResultSet rs, int row) throws SQLException {
        String scope = rs.getString("scope");
        return new ClearanceDecision(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getLong("request_id"),
                rs.getObject("patient_id", UUID.class), rs.getLong("screening_id"),
                ClearanceDecision.Kind.valueOf(rs.getString("decision")),
                rs.getString("reason"), scope == null ? null : json.readValue(scope, ClearanceScope.class),
                rs.getObject("valid_until", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
                instant(rs, "decided_at"), rs.getObject("decided_by", UUID.class), rs.getString("clinician_name"));
    }
}
