package org.kneadwell.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.clearance.PatientSafety;
import org.kneadwell.clearance.SafetyToday;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.patient.CareTeamMember;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.patient.TeamRole;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.scheduling.Visits;
import org.kneadwell.session.NoteInput.TreatmentInput;
import org.kneadwell.shared.CareTeamAlert;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.SessionNoteVoided;
import org.kneadwell.shared.SessionPainRecorded;
import org.kneadwell.shared.Technique;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session notes: written by the patient's therapist from the session's day onward, checked row by row against
 * effective safety on that day ({@link SafetyCheck}), signed (then locked), corrected by addenda, voided with a
 * reason. Every route asks the access policy through {@link Visits#session} and writes an audit event; a refused
 * change throws {@link NoteRefusedException} before anything is written.
 */
@Service
public class SessionNotes {

    static final int MAX_REASON = 1000;

    private final StoredNotes notes;
    private final Visits visits;
    private final PatientRecords patients;
    private final PatientSafety safety;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ClinicSettings clinic;
    private final Clock clock;

    SessionNotes(StoredNotes notes, Visits visits, PatientRecords patients, PatientSafety safety, AuditTrail audit,
            ApplicationEventPublisher events, ClinicSettings clinic, Clock clock) {
        this.notes = notes;
        this.visits = visits;
        this.patients = patients;
        this.safety = safety;
        this.audit = audit;
        this.events = events;
        this.clinic = clinic;
        this.clock = clock;
    }

    /** A session with its note (unwritten if none) and effective safety on its day, for the note page. */
    public record Session(Appointment appointment, Patient patient, SessionNote note, SafetyToday safety,
            boolean mayWrite) {

        public LocalDate day() {
            return safety.day();
        }
    }

    /** The session and its note as the caller may see it: staff see drafts; the patient sees signed and voided notes. */
    @Transactional(readOnly = true)
    public Session session(CurrentUser user, UUID appointmentId) {
        Appointment appointment = visits.session(user, appointmentId, PatientAction.VIEW_CLINICAL);
        Patient patient = patients.require(user, appointment.patientId(), PatientAction.VIEW_CLINICAL);
        SessionNote note = notes.byAppointment(appointmentId).orElseGet(() -> unwritten(appointment));
        if (!user.role().isStaff() && note.editable()) {
            note = unwritten(appointment);
        }
        audit.read(user, "session.note.read", appointment.patientId(), "session-note", appointmentId.toString());
        LocalDate day = dayOf(appointment);
        boolean mayWrite = user.is(Role.THERAPIST) && note.editable()
                && patients.may(user, PatientAction.EDIT_CLINICAL, patient) && problemsToWrite(appointment).isEmpty();
        return new Session(appointment, patient, note, safety.on(appointment.patientId(), day), mayWrite);
    }

    /** Saves the draft; refused (nothing written) if any field or row is refused. Sets attendance from it. */
    @Transactional
    public SessionNote save(CurrentUser therapist, UUID appointmentId, NoteInput input) {
        Appointment appointment = writable(therapist, appointmentId);
        SessionNote current = notes.byAppointment(appointmentId).orElseGet(() -> unwritten(appointment));
        current.requireDraft();
        NoteContent content = checked(appointment, input);
        Instant now = clock.instant();
        SessionNote saved = notes.saveDraft(current, content, therapist, now);
        visits.recordAttendance(therapist, appointmentId, content.attendance().tookPlace());
        audit.write(therapist, "session.note.save", appointment.patientId(), "session-note",
                saved.publicId().toString());
        alertNewOverrides(therapist, appointment, current.content(), content);
        return saved;
    }

    /**
     * Checks one treatment row as it is typed (the page's live check), without saving anything: the problems that
     * would refuse it, empty if it would be accepted (or nothing was typed in it).
     */
    @Transactional(readOnly = true)
    public List<NoteProblem> checkRow(CurrentUser therapist, UUID appointmentId, int index, TreatmentInput row) {
        Appointment appointment = writable(therapist, appointmentId);
        audit.read(therapist, "session.note.check", appointment.patientId(), "session-note", appointmentId.toString());
        if (row == null || row.blank()) {
            return List.of();
        }
        NoteInput one = new NoteInput(null, null, null, null, null, null, null, List.of(row), null, null);
        NoteReader.Read read = NoteReader.read(one, appointment.minutes());
        String field = "treatments[" + index + "]";
        if (!read.problems().isEmpty()) {
            return read.problems().stream().map(p -> renamed(p, "treatments[0]", field)).toList();
        }
        SafetyToday day = safety.on(appointment.patientId(), dayOf(appointment));
        TreatmentRow typed = read.content().treatments().get(0);
        return SafetyCheck.row(field, typed, day.verdict(typed.technique())).problems();
    }

    /** Signs the draft: complete, still within effective safety of the day; then locked. */
    @Transactional
    public SessionNote sign(CurrentUser therapist, UUID appointmentId) {
        Appointment appointment = writable(therapist, appointmentId);
        SessionNote draft = notes.byAppointment(appointmentId)
                .orElseThrow(() -> NoteRefusedException.of("note", "note.error.noDraft"));
        draft.requireDraft();
        List<NoteProblem> problems = new ArrayList<>(draft.content().completeForSigning());
        SafetyToday day = safety.on(appointment.patientId(), dayOf(appointment));
        problems.addAll(SafetyCheck.check(draft.content().treatments(), day).problems());
        if (!problems.isEmpty()) {
            throw new NoteRefusedException(problems);
        }
        Instant now = clock.instant();
        if (!notes.sign(draft.publicId(), therapist, now)) {
            throw NoteRefusedException.of("note", "note.error.signed");
        }
        visits.recordAttendance(therapist, appointmentId, draft.content().attendance().tookPlace());
        audit.write(therapist, "session.note.sign", appointment.patientId(), "session-note",
                draft.publicId().toString());
        NoteContent content = draft.content();
        if (content.attendance().tookPlace()) {
            events.publishEvent(new SessionPainRecorded(appointment.patientId(), appointmentId, appointment.start(),
                    content.painBefore(), content.painAfter(),
                    content.treatments().stream().map(TreatmentRow::technique).toList(), content.painRegions()));
        }
        return notes.byAppointment(appointmentId).orElseThrow();
    }

    /** Adds a correction to a signed note: the text and why, with who and when. */
    @Transactional
    public SessionNote.Addendum addAddendum(CurrentUser user, UUID noteId, String text, String reason) {
        SessionNote note = noteForChange(user, noteId);
        note.requireSigned("note");
        List<NoteProblem> problems = new ArrayList<>();
        String body = required(problems, "text", text, NoteReader.MAX_TEXT);
        String why = required(problems, "reason", reason, MAX_REASON);
        if (!problems.isEmpty()) {
            throw new NoteRefusedException(problems);
        }
        SessionNote.Addendum addendum = notes.addAddendum(noteId, note.patientId(), body, why, user, clock.instant());
        audit.write(user, "session.note.addendum", note.patientId(), "session-note", noteId.toString());
        return addendum;
    }

    /** Voids a signed note with a reason; it stays visible as voided, and its pain no longer counts. */
    @Transactional
    public SessionNote voidNote(CurrentUser user, UUID noteId, String reason) {
        SessionNote note = noteForChange(user, noteId);
        note.requireSigned("note");
        List<NoteProblem> problems = new ArrayList<>();
        String why = required(problems, "reason", reason, MAX_REASON);
        if (!problems.isEmpty()) {
            throw new NoteRefusedException(problems);
        }
        if (!notes.voidNote(noteId, why, user, clock.instant())) {
            throw NoteRefusedException.of("note", "note.error.voided");
        }
        audit.write(user, "session.note.void", note.patientId(), "session-note", noteId.toString());
        events.publishEvent(new SessionNoteVoided(note.patientId(), note.appointmentId()));
        return notes.byPublicId(noteId).orElseThrow();
    }

    /**
     * The patient's session notes, oldest first: staff see drafts too, the patient only signed and voided notes.
     */
    @Transactional(readOnly = true)
    public List<SessionNote> ofPatient(CurrentUser user, UUID patientId) {
        patients.require(user, patientId, PatientAction.VIEW_CLINICAL);
        audit.read(user, "session.note.list", patientId, "session-note", null);
        return notes.ofPatient(patientId).stream().filter(n -> user.role().isStaff() || !n.editable()).toList();
    }

    /** One note by its id: staff see drafts too; the patient sees only signed and voided notes. */
    @Transactional(readOnly = true)
    public SessionNote note(CurrentUser user, UUID noteId) {
        SessionNote note = notes.byPublicId(noteId).orElseThrow(org.kneadwell.patient.PatientNotFoundException::new);
        patients.require(user, note.patientId(), PatientAction.VIEW_CLINICAL);
        if (!user.role().isStaff() && note.editable()) {
            throw new org.kneadwell.patient.PatientNotFoundException();
        }
        audit.read(user, "session.note.read", note.patientId(), "session-note", noteId.toString());
        return note;
    }

    /** The note page of a note, by the note's id (for addenda and voiding, which name the note). */
    @Transactional(readOnly = true)
    public UUID appointmentOf(CurrentUser user, UUID noteId) {
        SessionNote note = notes.byPublicId(noteId).orElseThrow(org.kneadwell.patient.PatientNotFoundException::new);
        patients.require(user, note.patientId(), PatientAction.VIEW_CLINICAL);
        return note.appointmentId();
    }

    private SessionNote noteForChange(CurrentUser user, UUID noteId) {
        SessionNote note = notes.byPublicId(noteId).orElseThrow(org.kneadwell.patient.PatientNotFoundException::new);
        patients.require(user, note.patientId(), PatientAction.EDIT_CLINICAL);
        if (!user.is(Role.THERAPIST) && !user.is(Role.CLINICIAN)) {
            throw new AccessDeniedException("Therapists and clinicians correct notes");
        }
        return note;
    }

    private static String required(List<NoteProblem> problems, String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(NoteProblem.of(field, "note.error.required"));
        } else if (text.length() > max) {
            problems.add(NoteProblem.of(field, "note.error.tooLong", max));
        }
        return text;
    }

    /** The session, if the therapist may write its note now; else refused (404 for a session they may not see). */
    private Appointment writable(CurrentUser therapist, UUID appointmentId) {
        if (!therapist.is(Role.THERAPIST)) {
            throw new AccessDeniedException("Therapists write session notes");
        }
        Appointment appointment = visits.session(therapist, appointmentId, PatientAction.EDIT_CLINICAL);
        List<NoteProblem> problems = problemsToWrite(appointment);
        if (!problems.isEmpty()) {
            throw new NoteRefusedException(problems);
        }
        return appointment;
    }

    /** Why no note may be written for the session now: blocked by safety, cancelled, or its day still to come. */
    private List<NoteProblem> problemsToWrite(Appointment appointment) {
        if (appointment.blockedBySafety()) {
            return List.of(NoteProblem.safety("appointment", "note.error.blocked", appointment.blockedReason()));
        }
        if (appointment.status() == Appointment.Status.CANCELLED) {
            return List.of(NoteProblem.safety("appointment", "note.error.cancelled"));
        }
        if (dayOf(appointment).isAfter(clinic.today(clock))) {
            return List.of(NoteProblem.safety("appointment", "note.error.tooEarly"));
        }
        return List.of();
    }

    private NoteContent checked(Appointment appointment, NoteInput input) {
        NoteReader.Read read = NoteReader.read(input, appointment.minutes());
        if (!read.problems().isEmpty()) {
            throw new NoteRefusedException(read.problems());
        }
        SafetyToday day = safety.on(appointment.patientId(), dayOf(appointment));
        SafetyCheck.Checked rows = SafetyCheck.check(read.content().treatments(), day);
        if (!rows.problems().isEmpty()) {
            throw new NoteRefusedException(rows.problems());
        }
        NoteContent c = read.content();
        return new NoteContent(c.attendance(), c.painBefore(), c.painRegions(), c.subjective(), c.palpations(),
                c.schoberCm(), c.fingertipFloorCm(), c.assessment(), c.plan(), rows.rows(), c.painAfter(),
                c.patientWords());
    }

    /**
     * Each treatment that goes beyond a limit is audited and alerted to the patient's clinicians (else the whole
     * care team) once: when it first appears in the draft.
     */
    private void alertNewOverrides(CurrentUser therapist, Appointment appointment, NoteContent before,
            NoteContent after) {
        Set<String> known = before.treatments().stream().filter(TreatmentRow::isOverride).map(SessionNotes::key)
                .collect(Collectors.toSet());
        List<TreatmentRow> fresh = after.treatments().stream().filter(TreatmentRow::isOverride)
                .filter(row -> !known.contains(key(row))).toList();
        if (fresh.isEmpty()) {
            return;
        }
        Patient patient = patients.require(therapist, appointment.patientId(), PatientAction.EDIT_CLINICAL);
        List<CareTeamMember> team = patients.careTeam(patient);
        Set<Long> clinicians = team.stream().filter(m -> m.teamRole() == TeamRole.CLINICIAN)
                .map(CareTeamMember::accountId).collect(Collectors.toCollection(HashSet::new));
        if (clinicians.isEmpty()) {
            team.stream().filter(m -> m.accountId() != therapist.accountId()).map(CareTeamMember::accountId)
                    .forEach(clinicians::add);
        }
        for (TreatmentRow row : fresh) {
            audit.write(therapist, "session.note.override", appointment.patientId(), "session-note",
                    appointment.publicId().toString());
            if (!clinicians.isEmpty()) {
                String message = patient.displayName() + ": " + therapist.displayName()
                        + " went beyond the day's limits for " + words(row.technique()) + " ("
                        + String.join("; ", row.overridden()) + "), with a reason: see the session.";
                events.publishEvent(new CareTeamAlert(patient.publicId(), clinicians, CareTeamAlert.Level.WARNING,
                        message.length() > 500 ? message.substring(0, 499) + "…" : message,
                        "/appointments/" + appointment.publicId() + "/session", true, false));
            }
        }
    }

    private static String key(TreatmentRow row) {
        return row.technique() + "|" + row.overridden() + "|" + row.overrideReason();
    }

    private static String words(Technique technique) {
        return switch (technique) {
            case SWEDISH -> "Swedish massage";
            case DEEP_TISSUE -> "deep tissue massage";
            case TRIGGER_POINT -> "trigger point therapy";
            case MYOFASCIAL_RELEASE -> "myofascial release";
            case HOT_STONE -> "hot stone massage";
        };
    }

    private LocalDate dayOf(Appointment appointment) {
        return appointment.start().atZone(clinic.zone()).toLocalDate();
    }

    private static SessionNote unwritten(Appointment appointment) {
        return SessionNote.unwritten(appointment.patientId(), appointment.publicId(), appointment.therapistId(),
                appointment.start());
    }

    private static NoteProblem renamed(NoteProblem problem, String from, String to) {
        return new NoteProblem(problem.field().replace(from, to), problem.key(), problem.args(), problem.safety());
    }
}
