package org.kneadwell.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientNotFoundException;
import org.kneadwell.patient.PatientRecords;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a patient's next booked session up for review (for example after a severe reaction to an earlier one): the
 * session stays booked and carries a visible mark with the reason until a member of the care team has reviewed it.
 * Nothing is cancelled automatically, like the safety marks of {@link SafetyMarks}.
 */
@Service
public class SessionReviews {

    private final Appointments appointments;
    private final PatientRecords patients;
    private final AuditTrail audit;
    private final Clock clock;

    SessionReviews(Appointments appointments, PatientRecords patients, AuditTrail audit, Clock clock) {
        this.appointments = appointments;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Marks the patient's next booked session (the soonest that has not started) for review with {@code reason};
     * empty when nothing is booked. A session already marked keeps its first reason. Joins the caller's transaction.
     */
    @Transactional
    public Optional<Appointment> markNextForReview(CurrentUser user, UUID patientId, String reason) {
        patients.require(user, patientId, PatientAction.EDIT_CLINICAL);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new IllegalArgumentException("A review needs a reason of at most 500 characters");
        }
        Instant now = clock.instant();
        Optional<Appointment> next = appointments.upcomingOf(patientId, now).stream().findFirst();
        next.ifPresent(session -> {
            if (appointments.markForReview(session.id(), reason.strip(), now)) {
                audit.write(user, "appointment.review", patientId, "appointment", session.publicId().toString());
            }
        });
        return next.flatMap(session -> appointments.byPublicId(session.publicId()));
    }

    /** A member of the care team has reviewed the session: the mark goes. */
    @Transactional
    public Appointment reviewed(CurrentUser staff, UUID appointmentId) {
        if (!staff.role().isStaff()) {
            throw new AccessDeniedException("The care team reviews sessions");
        }
        Appointment session = appointments.byPublicId(appointmentId).orElseThrow(PatientNotFoundException::new);
        patients.require(staff, session.patientId(), PatientAction.EDIT_CLINICAL);
        if (!session.needsReview()) {
            throw new BookingRefusedException("appointment", "review.error.notMarked");
        }
        appointments.clearReview(session.id());
        audit.write(staff, "appointment.reviewed", session.patientId(), "appointment", appointmentId.toString());
        return appointments.byPublicId(appointmentId).orElseThrow();
    }
}
