package org.kneadwell.session;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Session notes, their treatment and palpation rows and their addenda, in plain SQL. */
@Repository
class StoredNotes {

    private static final String COLUMNS = "id, public_id, patient_id, appointment_id, therapist_id, session_start, "
            + "status, attendance, pain_before, pain_after, pain_regions, subjective, schober_cm, fingertip_floor_cm, "
            + "assessment, plan_text, patient_words, author_name, updated_at, signed_at, signed_by_name, voided_at, "
            + "voided_by_name, void_reason";

    private final JdbcClient jdbc;

    StoredNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of session_note with its key, before its rows and addenda are read. */
    private record Head(long id, SessionNote note) {
    }

    Optional<SessionNote> byAppointment(UUID appointmentId) {
        return jdbc.sql("select " + COLUMNS + " from session_note where appointment_id = ?").param(appointmentId)
                .query(StoredNotes::head).optional().map(this::complete);
    }

    Optional<SessionNote> byPublicId(UUID publicId) {
        return jdbc.sql("select " + COLUMNS + " from session_note where public_id = ?").param(publicId)
                .query(StoredNotes::head).optional().map(this::complete);
    }

    List<SessionNote> ofPatient(UUID patientId) {
        return jdbc.sql("select " + COLUMNS + " from session_note where patient_id = ? order by session_start")
                .param(patientId).query(StoredNotes::head).list().stream().map(this::complete).toList();
    }

    /** The status of the notes of the given sessions, in one query; sessions without a note are left out. */
    Map<UUID, NoteStatus> statuses(Collection<UUID> appointmentIds) {
        Map<UUID, NoteStatus> states = new HashMap<>();
        List<UUID> ids = List.copyOf(appointmentIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.sql("select appointment_id, status from session_note where appointment_id in (:ids)")
                    .param("ids", chunk)
                    .query((rs, n) -> Map.entry(rs.getObject("appointment_id", UUID.class),
                            NoteStatus.valueOf(rs.getString("status"))))
                    .list().forEach(e -> states.put(e.getKey(), e.getValue()));
        }
        return states;
    }

    /** Creates or replaces the draft of a session (its rows too). The caller has checked it is a draft. */
    SessionNote saveDraft(SessionNote session, NoteContent content, CurrentUser by, Instant now) {
        Long id = jdbc.sql("select id from session_note where appointment_id = ? and status = 'DRAFT'")
                .param(session.appointmentId()).query(Long.class).optional().orElse(null);
        if (id == null) {
            jdbc.sql("""
                    insert into session_note (public_id, patient_id, appointment_id, therapist_id, session_start, status,
                        attendance, author_id, author_name, created_at, updated_at)
                    values (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), session.patientId(), session.appointmentId(), session.therapistId(),
                            utc(session.sessionStart()), content.attendance().name(), by.publicId(),
                            by.displayName(), utc(now), utc(now))
                    .update();
            id = jdbc.sql("select id from session_note where appointment_id = ?").param(session.appointmentId())
                    .query(Long.class).single();
        }
        jdbc.sql("""
                update session_note set attendance = ?, pain_before = ?, pain_after = ?, pain_regions = ?, subjective = ?,
                    schober_cm = ?, fingertip_floor_cm = ?, assessment = ?, plan_text = ?, patient_words = ?,
                    author_id = ?, author_name = ?, updated_at = ?
                where id = ? and status = 'DRAFT'""")
                .params(content.attendance().name(), content.painBefore(), content.painAfter(),
                        codes(content.painRegions()), content.subjective(), content.schoberCm(),
                        content.fingertipFloorCm(), content.assessment(), content.plan(), content.patientWords(),
                        by.publicId(), by.displayName(), utc(now), id)
                .update();
        jdbc.sql("delete from session_treatment where note_id = ?").param(id).update();
        jdbc.sql("delete from session_palpation where note_id = ?").param(id).update();
        for (int i = 0; i < content.treatments().size(); i++) {
            TreatmentRow row = content.treatments().get(i);
            jdbc.sql("""
                    insert into session_treatment (note_id, position, technique, regions, pressure, minutes,
                        stone_temperature_c, override_reason, overridden)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i, row.technique().name(), codes(row.regions()), row.pressure(), row.minutes(),
                            row.stoneTemperatureC(), row.overrideReason(),
                            row.overridden().isEmpty() ? null : String.join("\n", row.overridden()))
                    .update();
        }
        for (int i = 0; i < content.palpations().size(); i++) {
            Palpation p = content.palpations().get(i);
            jdbc.sql("insert into session_palpation (note_id, position, region, tension, trigger_points) "
                    + "values (?, ?, ?, ?, ?)").params(id, i, p.region().name(), p.tension(), p.triggerPoints()).update();
        }
        return byAppointment(session.appointmentId()).orElseThrow();
    }

    /** Signs a draft; false if it is no longer a draft (signed meanwhile). */
    boolean sign(UUID publicId, CurrentUser by, Instant now) {
        return jdbc.sql("update session_note set status = 'SIGNED', signed_at = ?, signed_by = ?, signed_by_name = ? "
                + "where public_id = ? and status = 'DRAFT'").params(utc(now), by.publicId(), by.displayName(), publicId)
                .update() == 1;
    }

    /** Voids a signed note; false if it is not signed (a draft, or voided meanwhile). */
    boolean voidNote(UUID publicId, String reason, CurrentUser by, Instant now) {
        return jdbc.sql("update session_note set status = 'VOIDED', voided_at = ?, voided_by = ?, voided_by_name = ?, "
                + "void_reason = ? where public_id = ? and status = 'SIGNED'")
                .params(utc(now), by.publicId(), by.displayName(), reason, publicId).update() == 1;
    }

    SessionNote.Addendum addAddendum(UUID notePublicId, UUID patientId, String text, String reason, CurrentUser by,
            Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into session_addendum (public_id, note_id, patient_id, body, reason, author_id, author_name, created_at)
                select ?, id, ?, ?, ?, ?, ?, ? from session_note where public_id = ?""")
                .params(id, patientId, text, reason, by.publicId(), by.displayName(), utc(now), notePublicId).update();
        return new SessionNote.Addendum(id, text, reason, by.displayName(), now);
    }

    private SessionNote complete(Head head) {
        SessionNote n = head.note();
        List<TreatmentRow> rows = jdbc.sql("select technique, regions, pressure, minutes, stone_temperature_c, "
                + "override_reason, overridden from session_treatment where note_id = ? order by position")
                .param(head.id()).query((rs, i) -> new TreatmentRow(Technique.valueOf(rs.getString("technique")),
                        regions(rs.getString("regions")), rs.getInt("pressure"), rs.getInt("minutes"),
                        rs.getBigDecimal("stone_temperature_c"), rs.getString("override_reason"),
                        rs.getString("overridden") == null ? List.of()
                                : List.of(rs.getString("overridden").split("\n"))))
                .list();
        List<Palpation> palpations = jdbc.sql("select region, tension, trigger_points from session_palpation "
                + "where note_id = ? order by position").param(head.id())
                .query((rs, i) -> new Palpation(BodyRegion.valueOf(rs.getString("region")), rs.getInt("tension"),
                        rs.getBoolean("trigger_points")))
                .list();
        List<SessionNote.Addendum> addenda = jdbc.sql("select public_id, body, reason, author_name, created_at "
                + "from session_addendum where note_id = ? order by created_at, id").param(head.id())
                .query((rs, i) -> new SessionNote.Addendum(rs.getObject("public_id", UUID.class), rs.getString("body"),
                        rs.getString("reason"), rs.getString("author_name"), instant(rs, "created_at")))
                .list();
        NoteContent c = n.content();
        NoteContent content = new NoteContent(c.attendance(), c.painBefore(), c.painRegions(), c.subjective(),
                palpations, c.schoberCm(), c.fingertipFloorCm(), c.assessment(), c.plan(), rows, c.painAfter(),
                c.patientWords());
        return new SessionNote(n.publicId(), n.patientId(), n.appointmentId(), n.therapistId(), n.sessionStart(),
                n.status(), content, n.authorName(), n.updatedAt(), n.signedAt(), n.signedByName(), n.voidedAt(),
                n.voidedByName(), n.voidReason(), addenda);
    }

    private static Head head(ResultSet rs, int row) throws SQLException {
        Integer painBefore = (Integer) rs.getObject("pain_before", Integer.class);
        Integer painAfter = (Integer) rs.getObject("pain_after", Integer.class);
        NoteContent content = new NoteContent(Attendance.valueOf(rs.getString("attendance")), painBefore,
                regions(rs.getString("pain_regions")), rs.getString("subjective"), List.of(),
                rs.getBigDecimal("schober_cm"), rs.getBigDecimal("fingertip_floor_cm"), rs.getString("assessment"),
                rs.getString("plan_text"), List.of(), painAfter, rs.getString("patient_words"));
        return new Head(rs.getLong("id"), new SessionNote(rs.getObject("public_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getObject("appointment_id", UUID.class),
                rs.getObject("therapist_id", UUID.class), instant(rs, "session_start"),
                NoteStatus.valueOf(rs.getString("status")), content, rs.getString("author_name"),
                instant(rs, "updated_at"), instant(rs, "signed_at"), rs.getString("signed_by_name"),
                instant(rs, "voided_at"), rs.getString("voided_by_name"), rs.getString("void_reason"), List.of()));
    }

    static String codes(Set<BodyRegion> regions) {
        return regions.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<BodyRegion> regions(String codes) {
        Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(",")).map(BodyRegion::valueOf).forEach(regions::add);
        }
        return regions;
    }

    /** Every signed note's technique rows with pain before and after, for the patient's history. */
    List<SessionNote> signedOf(UUID patientId) {
        return new ArrayList<>(ofPatient(patientId).stream().filter(SessionNote::counts).toList());
    }
}
