package org.kneadwell.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.clearance.PatientSafety;
import org.kneadwell.clearance.SafetyToday;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientNotFoundException;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.scheduling.TherapistSessions;
import org.kneadwell.screening.EvaluateRequest;
import org.kneadwell.screening.Recheck;
import org.kneadwell.screening.RecheckResult;
import org.kneadwell.screening.Rechecks;
import org.kneadwell.shared.ClinicSettings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's day and week, the clinic's day side by side, one session's page, and the check-in before a session
 * (issue 11, items 1 and 2). A check-in's answers become a new screen through {@link Rechecks} when they raise
 * anything (screening contract §5), in the same transaction as the check-in: a red flag puts massage on hold, the
 * care team is alerted and the session is marked blocked by safety, all or nothing.
 */
@Service
public class SessionDesk {

    /** A check-in opens this long before the session (the reminder goes out 24 hours ahead) and closes at its end. */
    static final Duration CHECK_IN_OPENS = Duration.ofHours(24);

    /** One therapist's sessions on the clinic's day, for the admin's side-by-side view. */
    public record TherapistDay(UUID therapistId, String therapistName, List<CalendarEntry> entries) {
    }

    /** What a check-in did: what was stored, and what it means for the session now. */
    public record CheckInOutcome(CheckIn checkIn, RecheckResult recheck, SessionView session) {
    }

    private final TherapistSessions sessions;
    private final CheckIns checkIns;
    private final NoteStates noteStates;
    private final Rechecks rechecks;
    private final PatientRecords patients;
    private final PatientSafety safety;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final ClinicSettings clinic;
    private final Clock clock;

    SessionDesk(TherapistSessions sessions, CheckIns checkIns, NoteStates noteStates, Rechecks rechecks,
            PatientRecords patients, PatientSafety safety, AuditTrail audit, MessageSource messages,
            ClinicSettings clinic, Clock clock) {
        this.noteStates = noteStates;
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.rechecks = rechecks;
        this.patients = patients;
        this.safety = safety;
        this.audit = audit;
        this.messages = messages;
        this.clinic = clinic;
        this.clock = clock;
    }

    /** Today in the clinic's time zone. */
    public LocalDate today() {
        return clinic.today(clock);
    }

    /** The signed-in therapist's own profile id, if they are a therapist with one. */
    public Optional<UUID> ownCalendar(CurrentUser user) {
        return sessions.ownProfile(user);
    }

    /** The therapist's sessions on the clinic days [from, until] (inclusive), by start. */
    @Transactional(readOnly = true)
    public List<CalendarEntry> calendar(CurrentUser user, UUID therapistId, LocalDate from, LocalDate until) {
        return entries(user, sessions.ofTherapist(user, therapistId, startOf(from), startOf(until.plusDays(1))));
    }

    /** The therapist's sessions overlapping [from, to), for the API. */
    @Transactional(readOnly = true)
    public List<CalendarEntry> calendar(CurrentUser user, UUID therapistId, Instant from, Instant to) {
        return entries(user, sessions.ofTherapist(user, therapistId, from, to));
    }

    /** Every therapist's sessions on one clinic day, for the clinic admin. */
    @Transactional(readOnly = true)
    public List<TherapistDay> clinicDay(CurrentUser admin, LocalDate day) {
        List<TherapistDay> days = new ArrayList<>();
        sessions.everyTherapist(admin, startOf(day), startOf(day.plusDays(1)))
                .forEach((therapist, list) -> days.add(new TherapistDay(therapist.id(), therapist.displayName(),
                        entries(admin, list))));
        return days;
    }

    /** One session's page, for the patient and their care team; 404 for anyone else. */
    @Transactional(readOnly = true)
    public SessionView session(CurrentUser user, UUID appointmentId) {
        Appointment appointment = sessions.session(user, appointmentId, PatientAction.VIEW_CLINICAL);
        audit.read(user, "session.read", appointment.patientId(), "appointment", appointmentId.toString());
        return view(user, appointment);
    }

    /**
     * Takes a check-in: the patient for their own session, or the session's own therapist at the desk. Someone else's
     * session is "not found"; a session that is not booked, or not within its check-in window, and any bad answer
     * are refused ({@link CheckInRefusedException}, every field at once) with nothing stored.
     */
    @Transactional
    public CheckInOutcome checkIn(CurrentUser user, UUID appointmentId, Recheck answers) {
        if (!user.is(Role.PATIENT) && !user.is(Role.THERAPIST)) {
            throw new org.springframework.security.access.AccessDeniedException("Patients and therapists check in");
        }
        Appointment appointment = sessions.session(user, appointmentId, PatientAction.EDIT_CLINICAL);
        if (user.is(Role.THERAPIST) && !sessions.ownProfile(user).map(appointment.therapistId()::equals).orElse(false)) {
            audit.denied(user, "session.checkIn", appointment.patientId(), "appointment", appointmentId.toString());
            throw new PatientNotFoundException();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        checkInProblem(appointment).ifPresent(key -> errors.put("appointment", words(key)));
        errors.putAll(Rechecks.problems(answers));
        if (!errors.isEmpty()) {
            throw new CheckInRefusedException(errors);
        }
        RecheckResult recheck = rechecks.recheck(user, appointment.patientId(), answers);
        CheckIn stored = checkIns.insert(appointmentId, appointment.patientId(), answers.painNow().intValue(),
                answers.redFlags(), answers.newConditions().stream().map(EvaluateRequest.Condition::code).toList(),
                answers.newMedicines(), recheck.screeningId(), recheck.massageOnHold(), user.publicId(),
                user.is(Role.THERAPIST), clock.instant());
        audit.write(user, "session.checkIn", appointment.patientId(), "appointment", appointmentId.toString());
        Appointment now = sessions.session(user, appointmentId, PatientAction.EDIT_CLINICAL);
        return new CheckInOutcome(stored, recheck, view(user, now));
    }

    /** The message key of why a check-in cannot be taken for this session now, if it cannot. */
    private Optional<String> checkInProblem(Appointment appointment) {
        if (appointment.status() != Appointment.Status.BOOKED) {
            return Optional.of("checkIn.error.status." + appointment.status().name());
        }
        Instant now = clock.instant();
        if (now.isBefore(appointment.start().minus(CHECK_IN_OPENS))) {
            return Optional.of("checkIn.error.tooEarly");
        }
        if (!now.isBefore(appointment.end())) {
            return Optional.of("checkIn.error.over");
        }
        return Optional.empty();
    }

    private SessionView view(CurrentUser user, Appointment appointment) {
        CalendarEntry entry = entries(user, List.of(appointment)).get(0);
        SafetyToday onDay = safety.on(appointment.patientId(), entry.day());
        boolean booked = appointment.status() == Appointment.Status.BOOKED;
        boolean safetyStops = onDay.onHold() || !onDay.verdict(appointment.technique()).allowed();
        boolean stop = booked && (appointment.blockedBySafety() || safetyStops);
        String stopReason = !stop ? null : appointment.blockedBySafety() ? appointment.blockedReason()
                : words(onDay.onHold() ? "session.stop.onHold" : "session.stop.technique");
        CheckIn checkIn = checkIns.latestOf(appointment.publicId()).orElse(null);
        boolean mayCheckIn = checkInProblem(appointment).isEmpty();
        boolean dayHasCome = !entry.day().isAfter(today());
        return new SessionView(entry, sessions.therapistName(appointment.therapistId()).orElse(null), onDay, stop,
                stopReason, checkIn, mayCheckIn, booked && !stop && checkIn != null && dayHasCome);
    }

    /**
     * Calendar entries for the given sessions, reading each extra column for all of them at once: the latest
     * check-ins in one query, each patient's name once.
     */
    List<CalendarEntry> entries(CurrentUser user, List<Appointment> list) {
        List<UUID> ids = list.stream().map(Appointment::publicId).toList();
        Map<UUID, CheckIn> latest = checkIns.latestOf(ids);
        Map<UUID, NoteStatus> notes = noteStates.statesOf(ids);
        Map<UUID, String> places = list.stream().anyMatch(a -> a.locationId() != null) ? sessions.placeNames() : Map.of();
        Map<UUID, Optional<String>> names = new HashMap<>();
        List<CalendarEntry> entries = new ArrayList<>();
        for (Appointment a : list) {
            String name = names.computeIfAbsent(a.patientId(), id -> nameOf(user, id)).orElse(null);
            ZonedDateTime start = a.start().atZone(clinic.zone());
            CheckIn checkIn = latest.get(a.publicId());
            entries.add(new CalendarEntry(a.publicId(), start.toLocalDate(), start.toLocalTime(),
                    a.end().atZone(clinic.zone()).toLocalTime(), a.minutes(), a.patientId(), name, a.technique(),
                    a.locationId() == null ? null : places.get(a.locationId()), a.status(),
                    a.isActive() && a.blockedBySafety(), a.isActive() ? a.blockedReason() : null, checkIn != null,
                    checkIn != null && checkIn.raisedAnything(), notes.getOrDefault(a.publicId(), NoteStatus.NONE),
                    a.needsReview() ? a.reviewReason() : null));
        }
        return entries;
    }

    private Optional<String> nameOf(CurrentUser user, UUID patientId) {
        try {
            return Optional.of(patients.require(user, patientId, PatientAction.VIEW_DEMOGRAPHICS).displayName());
        } catch (PatientNotFoundException | org.springframework.security.access.AccessDeniedException e) {
            return Optional.empty();
        }
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clinic.zone()).toInstant();
    }

    private String words(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }
}
