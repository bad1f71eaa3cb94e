package org.kneadwell.clearance;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.screening.policy.TriageTier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored clearance requests. */
@Repository
class ClearanceRequests {

    private static final String COLUMNS = "id, public_id, patient_id, screening_id, tier, status, origin, note, "
            + "requested_by, requested_at";

    /** The notes column holds every therapist's note on a request (V8). */
    static final int MAX_NOTES = 8000;

    private final JdbcClient jdbc;

    ClearanceRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ClearanceRequest open(UUID patientId, long screeningId, TriageTier tier, ClearanceRequest.Origin origin,
            String note, UUID by, Instant now) {
        UUID publicId = UUID.randomUUID();
        jdbc.sql("""
                insert into clearance_request (public_id, patient_id, screening_id, tier, status, origin, note,
                                               requested_by, requested_at)
                values (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)""")
                .params(publicId, patientId, screeningId, tier.name(), origin.name(), note, by, utc(now)).update();
        return byPublicId(publicId).orElseThrow();
    }

    Optional<ClearanceRequest> byPublicId(UUID publicId) {
        return jdbc.sql("select " + COLUMNS + " from clearance_request where public_id = ?").param(publicId)
                .query(ClearanceRequests::map).optional();
    }

    Optional<ClearanceRequest> openFor(UUID patientId) {
        return jdbc.sql("select " + COLUMNS + " from clearance_request where patient_id = ? and status in ('OPEN', 'MORE_INFO') order by id desc limit 1")
                .param(patientId).query(ClearanceRequests::map).optional();
    }

    long screeningOf(long requestId) {
        return jdbc.sql("select screening_id from clearance_request where id = ?").param(requestId).query(Long.class)
                .single();
    }

    List<ClearanceRequest> forPatient(UUID patientId) {
        return jdbc.sql("select " + COLUMNS + " from clearance_request where patient_id = ? order by requested_at desc, id desc")
                .param(patientId).query(ClearanceRequests::map).list();
    }

    /** Requests in the given statuses for the given patients. */
    List<ClearanceRequest> withStatus(Collection<UUID> patientIds, Collection<ClearanceRequest.Status> statuses) {
        if (patientIds.isEmpty() || statuses.isEmpty()) {
            return List.of();
        }
        String patients = String.join(", ", java.util.Collections.nCopies(patientIds.size(), "?"));
        String states = String.join(", ", java.util.Collections.nCopies(statuses.size(), "?"));
        List<Object> params = new java.util.ArrayList<>(patientIds);
        statuses.forEach(s -> params.add(s.name()));
        return jdbc.sql("select " + COLUMNS + " from clearance_request where patient_id in (" + patients
                + ") and status in (" + states + ")").params(params).query(ClearanceRequests::map).list();
    }

    /** A later screen raised more on an open request: it waits for the clinician again, at the given tier. */
    void reopen(long id, TriageTier tier) {
        jdbc.sql("update clearance_request set status = 'OPEN', tier = ? where id = ? and status in ('OPEN', 'MORE_INFO')")
                .params(tier.name(), id).update();
    }

    /** Adds a therapist's signed note to an open request; false if it is no longer open or the notes are full. */
    boolean addNote(long id, String signedNote) {
        String appended = "\n\n" + signedNote;
        // One statement, so two therapists adding notes at once cannot overwrite each other's.
        return jdbc.sql("""
                update clearance_request
                   set note = case when note is null or note = '' then ? else note || ? end
                 where id = ? and status in ('OPEN', 'MORE_INFO') and coalesce(length(note), 0) + ? <= ?""")
                .params(signedNote, appended, id, appended.length(), MAX_NOTES).update() == 1;
    }

    /** Moves a request on; false if it was not in an expected state any more (decided meanwhile). */
    boolean move(long id, Collection<ClearanceRequest.Status> from, ClearanceRequest.Status to, Instant now) {
        String states = String.join(", ", java.util.Collections.nCopies(from.size(), "?"));
        List<Object> params = new java.util.ArrayList<>(List.of(to.name()));
        params.add(to == ClearanceRequest.Status.MORE_INFO ? null : utc(now));
        params.add(id);
        from.forEach(s -> params.add(s.name()));
        return jdbc.sql("update clearance_request set status = ?, closed_at = ? where id = ? and status in (" + states + ")")
                .params(params).update() == 1;
    }

    private static ClearanceRequest map(ResultSet rs, int row) throws SQLException {
        return new ClearanceRequest(rs.getLong("id"), rs.getObject("public_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getLong("screening_id"),
                TriageTier.valueOf(rs.getString("tier")), ClearanceRequest.Status.valueOf(rs.getString("status")),
                ClearanceRequest.Origin.valueOf(rs.getString("origin")), rs.getString("note"),
                rs.getObject("requested_by", UUID.class), instant(rs, "requested_at"));
    }
}
