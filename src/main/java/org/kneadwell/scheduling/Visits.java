package org.kneadwell.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientNotFoundException;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.shared.ClinicSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A patient's appointments after booking: listing, cancelling with a reason, marking a no-show. */
@Service
public class Visits {

    private final Appointments appointments;
    private final PatientRecords patients;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration lateCancellation;
    private final ClinicSettings clinic;

    Visits(Appointments appointments, PatientRecords patients, AuditTrail audit, Clock clock, ClinicSettings clinic,
            @Value("${kneadwell.booking.late-cancellation:PT24H}") Duration lateCancellation) {
        this.clinic = clinic;
        this.appointments = appointments;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
        this.lateCancellation = lateCancellation;
    }

    /** A hot read (W2): two queries and no transaction of its own, like {@link PatientRecords#chart}. */
    public List<Appointment> ofPatient(CurrentUser user, UUID patientId) {
        patients.require(user, patientId, PatientAction.VIEW_CLINICAL);
        List<Appointment> list = appointments.ofPatient(patientId);
        audit.read(user, "appointment.list", patientId, "appointment", null);
        return list;
    }

    /**
     * One appointment the caller may see (its patient's clinical data), for modules that record what followed it;
     * a 404 ({@link PatientNotFoundException}) otherwise. The caller writes its own audit event.
     */
    @Transactional(readOnly = true)
    public Appointment one(CurrentUser user, UUID appointmentId) {
        return visible(user, appointmentId, PatientAction.VIEW_CLINICAL);
    }

    /** One appointment, for the cancel confirm step: 404 unless the caller may act for the patient. */
    @Transactional(readOnly = true)
    public Appointment toCancel(CurrentUser user, UUID appointmentId) {
        Appointment appointment = visible(user, appointmentId, PatientAction.EDIT_CLINICAL);
        audit.read(user, "appointment.read", appointment.patientId(), "appointment", appointmentId.toString());
        return appointment;
    }

    /** Whether cancelling this session now would count as a late cancellation. */
    public boolean wouldBeLate(Appointment appointment) {
        return Duration.between(clock.instant(), appointment.start()).compareTo(lateCancellation) < 0;
    }

    /** Cancels with a reason; a cancellation inside the late window is recorded as late. */
    @Transactional
    public Appointment cancel(CurrentUser user, UUID appointmentId, String reason) {
        Appointment appointment = visible(user, appointmentId, PatientAction.EDIT_CLINICAL);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new BookingRefusedException("reason", "booking.error.cancelReason");
        }
        Instant now = clock.instant();
        if (!appointment.isActive() || !appointment.start().isAfter(now)) {
            throw new BookingRefusedException("appointment", "booking.error.notCancellable");
        }
        boolean late = Duration.between(now, appointment.start()).compareTo(lateCancellation) < 0;
        appointments.cancel(appointment.id(), why, late, now);
        audit.write(user, "appointment.cancel", appointment.patientId(), "appointment", appointmentId.toString());
        return appointments.byPublicId(appointmentId).orElseThrow();
    }

    /** The therapist records that the patient did not come (only once the session has started). */
    @Transactional
    public Appointment markNoShow(CurrentUser therapist, UUID appointmentId) {
        if (!therapist.is(Role.THERAPIST)) {
            throw new AccessDeniedException("Therapists mark no-shows");
        }
        Appointment appointment = visible(therapist, appointmentId, PatientAction.EDIT_CLINICAL);
        if (!appointment.isActive() || appointment.start().isAfter(clock.instant())) {
            throw new BookingRefusedException("appointment", "booking.error.notNoShow");
        }
        appointments.markNoShow(appointment.id());
        audit.write(therapist, "appointment.noShow", appointment.patientId(), "appointment", appointmentId.toString());
        return appointments.byPublicId(appointmentId).orElseThrow();
    }

    /**
     * One session, for a caller who may do {@code action} with the patient's data (the session note asks for it);
     * a session the caller may not see is not found, like a missing one.
     */
    @Transactional(readOnly = true)
    public Appointment session(CurrentUser user, UUID appointmentId, PatientAction action) {
        return visible(user, appointmentId, action);
    }

    /**
     * Sets whether a session took place, from its note: attended (also when the patient came late) or a no-show.
     * Refused for a cancelled session and before the session's day; a session's attendance may be corrected while
     * its note is a draft.
     */
    @Transactional
    public Appointment recordAttendance(CurrentUser therapist, UUID appointmentId, boolean attended) {
        if (!therapist.is(Role.THERAPIST)) {
            throw new AccessDeniedException("Therapists record attendance");
        }
        Appointment appointment = visible(therapist, appointmentId, PatientAction.EDIT_CLINICAL);
        if (appointment.status() == Appointment.Status.CANCELLED
                || appointment.start().atZone(clinic.zone()).toLocalDate().isAfter(clinic.today(clock))) {
            throw new BookingRefusedException("appointment", "booking.error.notAttendance");
        }
        Appointment.Status status = attended ? Appointment.Status.ATTENDED : Appointment.Status.NO_SHOW;
        if (appointment.status() != status) {
            appointments.setAttendance(appointment.id(), status);
            audit.write(therapist, attended ? "appointment.attended" : "appointment.noShow", appointment.patientId(),
                    "appointment", appointmentId.toString());
        }
        return appointments.byPublicId(appointmentId).orElseThrow();
    }

    private Appointment visible(CurrentUser user, UUID appointmentId, PatientAction action) {
        Appointment appointment = appointments.byPublicId(appointmentId).orElseThrow(PatientNotFoundException::new);
        patients.require(user, appointment.patientId(), action);
        return appointment;
    }
}
