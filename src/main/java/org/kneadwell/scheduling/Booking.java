package org.kneadwell.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.clearance.ClearanceStatus;
import org.kneadwell.clearance.PatientSafety;
import org.kneadwell.clearance.SafetyToday;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.Technique;
import org.kneadwell.therapist.BookableTherapist;
import org.kneadwell.therapist.NotBookable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books sessions. Every rule is checked before anything is written: the caller may act for the patient, the time is
 * in the future and inside the therapist's working hours, the therapist's credential is valid that day, and
 * effective safety on that day (hold, clearance and its expiry, the technique) allows it. Then, inside one
 * transaction that holds the therapist's and the patient's schedule locks, no booked appointment may overlap.
 * A time already taken is refused early too, before the therapist's schedule and the patient's safety are read, so
 * the losers of a race for a slot cost little and do not queue for the locks.
 */
@Service
public class Booking {

    static final int MIN_MINUTES = 15;
    static final int MAX_MINUTES = 240;

    private final Appointments appointments;
    private final PatientRecords patients;
    private final PatientSafety safety;
    private final TherapistChecks therapists;
    private final PlanChecks plans;
    private final AuditTrail audit;
    private final ClinicSettings clinic;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Booking(Appointments appointments, PatientRecords patients, PatientSafety safety, TherapistChecks therapists,
            PlanChecks plans, AuditTrail audit, ClinicSettings clinic, Clock clock,
            PlatformTransactionManager transactions) {
        this.plans = plans;
        this.appointments = appointments;
        this.patients = patients;
        this.safety = safety;
        this.therapists = therapists;
        this.audit = audit;
        this.clinic = clinic;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * What booking this request would make, for the confirm step: every booking rule is checked as {@link #book}
     * checks it, and a session already booked at that time is refused too; nothing is written. The rules are
     * checked again when the booking is confirmed.
     */
    public Proposal preview(CurrentUser user, BookingRequest request) {
        Checked c = check(user, request, null, null);
        audit.read(user, "appointment.preview", c.patientId(), "appointment", null);
        return new Proposal(c.therapistId(), c.locationId(), c.technique(), c.start(),
                (int) java.time.Duration.between(c.start(), c.end()).toMinutes(), c.planId());
    }

    /** A booking that passed every rule when it was previewed: who, where, which technique, when and how long. */
    public record Proposal(UUID therapistId, UUID locationId, Technique technique, Instant start, int minutes,
            UUID planId) {
    }

    /** Books one session, or throws {@link BookingRefusedException} having changed nothing. */
    public Appointment book(CurrentUser user, BookingRequest request) {
        Checked checked = check(user, request, null, null);
        return transaction.execute(status -> insert(user, checked, null));
    }

    /**
     * Records a session that has already taken place (data migration, the demo clinic): the caller's access is
     * checked, the time is not, and the appointment is stored as attended.
     */
    Appointment recordPastSession(CurrentUser user, UUID patientId, UUID therapistId, Technique technique,
            Instant start, int minutes) {
        patients.require(user, patientId, PatientAction.EDIT_CLINICAL);
        if (!start.isBefore(clock.instant())) {
            throw new BookingRefusedException("start", "booking.error.notPast");
        }
        return transaction.execute(status -> {
            Appointment a = appointments.insertAttended(patientId, therapistId, technique, start,
                    start.plusSeconds(minutes * 60L), user.publicId(), clock.instant());
            audit.write(user, "appointment.record", patientId, "appointment", a.publicId().toString());
            return appointments.byPublicId(a.publicId()).orElseThrow();
        });
    }

    /** A booked session stored outside the booking rules, for seeding a clinic's day (see {@link PastSessions}). */
    Appointment recordBookedSession(CurrentUser user, UUID patientId, UUID therapistId, UUID locationId,
            Technique technique, Instant start, int minutes) {
        patients.require(user, patientId, PatientAction.EDIT_CLINICAL);
        Instant end = start.plusSeconds(minutes * 60L);
        return transaction.execute(status -> {
            appointments.lockSchedules(therapistId, patientId);
            if (!appointments.clashes(therapistId, patientId, start, end).isEmpty()) {
                throw BookingRefusedException.clash("booking.error.slotTaken");
            }
            Appointment a = appointments.insert(patientId, therapistId, locationId, null, null, technique, start, end,
                    user.publicId(), clock.instant());
            audit.write(user, "appointment.record", patientId, "appointment", a.publicId().toString());
            return appointments.byPublicId(a.publicId()).orElseThrow();
        });
    }

    /**
     * Moves a booked session to a new start with the same therapist, technique and length: the new time passes every
     * booking rule, then, in one transaction, the old session is cancelled as rescheduled and the new one booked.
     */
    public Appointment reschedule(CurrentUser user, UUID appointmentId, String newStart) {
        Appointment old = appointments.byPublicId(appointmentId)
                .orElseThrow(org.kneadwell.patient.PatientNotFoundException::new);
        patients.require(user, old.patientId(), PatientAction.EDIT_CLINICAL);
        if (!old.isActive() || !old.start().isAfter(clock.instant())) {
            throw new BookingRefusedException("appointment", "booking.error.notCancellable");
        }
        Checked checked = check(user, new BookingRequest(old.patientId(), old.therapistId(), newStart, old.minutes(),
                old.technique().name(), old.planId()), old.seriesId(), old.id());
        return transaction.execute(status -> {
            appointments.lockSchedules(checked.therapistId(), checked.patientId());
            if (!appointments.cancel(old.id(), "Rescheduled", false, clock.instant())) {
                throw new BookingRefusedException("appointment", "booking.error.notCancellable");
            }
            Appointment moved = insert(user, checked, old.seriesId());
            audit.write(user, "appointment.reschedule", old.patientId(), "appointment", old.publicId().toString());
            return moved;
        });
    }

    /** The outcome of a series: what was booked, and each date that was not, with why. */
    public record SeriesOutcome(List<Appointment> booked, Map<LocalDate, String> refused) {
    }

    /**
     * Books {@code count} sessions {@code everyDays} apart from the first; each date is booked (or refused) on its
     * own, so clashes on some dates do not stop the rest.
     */
    public SeriesOutcome bookSeries(CurrentUser user, BookingRequest first, int count, int everyDays) {
        if (first.patientId() == null) {
            throw new BookingRefusedException("patientId", "booking.error.required");
        }
        patients.require(user, first.patientId(), PatientAction.EDIT_CLINICAL);
        if (count < 1 || everyDays < 1 || (long) (count - 1) * everyDays > 365) {
            throw new BookingRefusedException("count", "booking.error.seriesTooLong");
        }
        OffsetDateTime start = parseStart(first.start());
        UUID series = UUID.randomUUID();
        List<Appointment> booked = new ArrayList<>();
        Map<LocalDate, String> refused = new java.util.LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            OffsetDateTime at = start.plusDays((long) i * everyDays);
            BookingRequest one = new BookingRequest(first.patientId(), first.therapistId(), at.toString(),
                    first.minutes(), first.technique(), first.planId());
            try {
                Checked checked = check(user, one, series, null);
                booked.add(transaction.execute(status -> insert(user, checked, series)));
            } catch (BookingRefusedException e) {
                refused.put(at.atZoneSameInstant(clinic.zone()).toLocalDate(), e.fieldErrors().values().iterator().next());
            }
        }
        return new SeriesOutcome(booked, refused);
    }

    private record Checked(UUID patientId, UUID therapistId, UUID locationId, UUID planId, Technique technique,
            Instant start, Instant end) {
    }

    /**
     * Checks every booking rule, reading nothing that an earlier refusal makes needless.
     *
     * @param moving the booked session a reschedule moves (it does not clash with its own new time), or {@code null}
     */
    private Checked check(CurrentUser user, BookingRequest request, UUID series, Long moving) {
        if (request.patientId() == null) {
            throw new BookingRefusedException("patientId", "booking.error.required");
        }
        patients.require(user, request.patientId(), PatientAction.EDIT_CLINICAL);
        if (!plans.isActivePlanOrNone(request.patientId(), request.planId())) {
            audit.denied(user, "appointment.book", request.patientId(), "treatment-plan", request.planId().toString());
            throw new BookingRefusedException("planId", "booking.error.unknownPlan");
        }
        BookableTherapist therapist = Optional.ofNullable(request.therapistId()).flatMap(therapists::forBooking)
                .orElseThrow(() -> new BookingRefusedException("therapistId", "booking.error.unknownTherapist"));
        Set<Technique> offered = therapist.techniques();
        int minutes = request.minutes() == null ? 0 : request.minutes();
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new BookingRefusedException("minutes", "booking.error.minutes");
        }
        Instant start = parseStart(request.start()).toInstant();
        Instant end = start.plusSeconds(minutes * 60L);
        if (!start.isAfter(clock.instant())) {
            throw new BookingRefusedException("start", "booking.error.past");
        }
        LocalDate day = start.atZone(clinic.zone()).toLocalDate();
        refuseUnbookable(user, request, therapist, day);
        // A session already booked at that time refuses at once, before the therapist's schedule and the patient's
        // safety are read: in a race for one slot this is how most contenders learn they lost, without queueing for
        // the schedule locks. The locked transaction checks again (insert), so two bookings can still never overlap.
        refuseClashes(request.therapistId(), request.patientId(), start, end, moving);
        SafetyToday onDay = safety.on(request.patientId(), day);
        Technique technique = technique(request, onDay, offered);
        refuseUnsafe(onDay, technique);
        if (!offered.contains(technique)) {
            throw new BookingRefusedException("technique", "booking.error.notOffered");
        }
        UUID location = therapist.locationAt(start, minutes)
                .orElseThrow(() -> new BookingRefusedException("start", "booking.error.outsideHours"));
        return new Checked(request.patientId(), request.therapistId(), location, request.planId(), technique, start, end);
    }

    private Appointment insert(CurrentUser user, Checked c, UUID series) {
        appointments.lockSchedules(c.therapistId(), c.patientId());
        refuseClashes(c.therapistId(), c.patientId(), c.start(), c.end(), null);
        Appointment booked = appointments.insert(c.patientId(), c.therapistId(), c.locationId(), c.planId(), series,
                c.technique(), c.start(), c.end(), user.publicId(), clock.instant());
        audit.write(user, "appointment.book", c.patientId(), "appointment", booked.publicId().toString());
        return booked;
    }

    /** Refuses when the therapist or the patient has a booked session overlapping [start, end), other than {@code moving}. */
    private void refuseClashes(UUID therapistId, UUID patientId, Instant start, Instant end, Long moving) {
        List<Appointment> clashes = appointments.clashes(therapistId, patientId, start, end).stream()
                .filter(a -> moving == null || a.id() != moving).toList();
        if (!clashes.isEmpty()) {
            boolean therapistBusy = clashes.stream().anyMatch(a -> a.therapistId().equals(therapistId));
            throw BookingRefusedException.clash(therapistBusy ? "booking.error.slotTaken" : "booking.error.patientBusy");
        }
    }

    private Technique technique(BookingRequest request, SafetyToday onDay, Set<Technique> offered) {
        if (request.technique() != null && !request.technique().isBlank()) {
            try {
                return Technique.valueOf(request.technique().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new BookingRefusedException("technique", "booking.error.unknownTechnique");
            }
        }
        List<Technique> candidates = request.planId() == null ? List.of(Technique.values())
                : planTechniques(request);
        return candidates.stream().filter(t -> onDay.verdict(t).allowed()).filter(offered::contains).findFirst()
                .orElseThrow(() -> new BookingRefusedException("technique", "booking.error.noTechniqueAllowed"));
    }

    /** The plan's techniques, in the plan's order; a plan that is not this patient's is refused. */
    private List<Technique> planTechniques(BookingRequest request) {
        return plans.techniquesOf(request.patientId(), request.planId())
                .orElseThrow(() -> new BookingRefusedException("planId", "booking.error.unknownPlan"));
    }

    /** A deactivated therapist, or one whose credential is unverified or expired by then, cannot be booked. */
    private void refuseUnbookable(CurrentUser user, BookingRequest request, BookableTherapist therapist, LocalDate day) {
        therapist.notBookableOn(day).ifPresent(reason -> {
            audit.denied(user, "appointment.book", request.patientId(), "therapist", request.therapistId().toString());
            throw BookingRefusedException.therapistUnavailable(reason == NotBookable.DEACTIVATED
                    ? "booking.error.therapistDeactivated" : "booking.error.credential");
        });
    }

    /** The refusals that come from effective safety, each with its next step. */
    private static void refuseUnsafe(SafetyToday onDay, Technique technique) {
        if (onDay.onHold()) {
            throw new BookingRefusedException("patientId", "booking.error.onHold");
        }
        if (onDay.clearanceStatus() == ClearanceStatus.NO_SCREEN) {
            throw new BookingRefusedException("patientId", "booking.error.noScreen");
        }
        if (onDay.clearanceStatus() == ClearanceStatus.AWAITING) {
            throw new BookingRefusedException("patientId", "booking.error.awaitingClearance");
        }
        if (onDay.clearanceStatus() == ClearanceStatus.DECLINED) {
            throw new BookingRefusedException("patientId", "booking.error.declined");
        }
        if (onDay.clearanceStatus() == ClearanceStatus.EXPIRED) {
            throw new BookingRefusedException("start", "booking.error.clearanceExpired");
        }
        if (!onDay.verdict(technique).allowed()) {
            throw new BookingRefusedException("technique", "booking.error.techniqueNotAllowed");
        }
    }

    static OffsetDateTime parseStart(String start) {
        if (start == null || start.isBlank()) {
            throw new BookingRefusedException("start", "booking.error.required");
        }
        try {
            return OffsetDateTime.parse(start.strip());
        } catch (DateTimeParseException e) {
            throw new BookingRefusedException("start", "booking.error.startFormat");
        }
    }
}
