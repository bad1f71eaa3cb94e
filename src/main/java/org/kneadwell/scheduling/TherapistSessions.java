package org.kneadwell.scheduling;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientNotFoundException;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.therapist.TherapistDirectory;
import org.kneadwell.therapist.TherapistProfile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's booked sessions over a stretch of time (their day and week), every therapist's side by side for the
 * clinic admin, and one session as its therapist or the patient's care team sees it. A therapist sees only their own
 * calendar (someone else's is "not found"); the admin sees every calendar, as they administer the bookings.
 */
@Service
public class TherapistSessions {

    /** A therapist as their calendar names them. */
    public record TherapistName(UUID id, String displayName) {
    }

    private final Appointments appointments;
    private final TherapistDirectory directory;
    private final AccountDirectory accounts;
    private final PatientRecords patients;
    private final AuditTrail audit;

    TherapistSessions(Appointments appointments, TherapistDirectory directory, AccountDirectory accounts,
            PatientRecords patients, AuditTrail audit) {
        this.appointments = appointments;
        this.directory = directory;
        this.accounts = accounts;
        this.patients = patients;
        this.audit = audit;
    }

    /** The therapist profile of a signed-in therapist, if they have one. */
    public Optional<UUID> ownProfile(CurrentUser user) {
        return user.is(Role.THERAPIST) ? directory.profileOfAccount(user.accountId()).map(TherapistProfile::id)
                : Optional.empty();
    }

    /**
     * The therapist's sessions overlapping [from, to), in every state, by start time. The therapist themself and
     * admins only: another therapist gets {@link PatientNotFoundException} (404, as if there were no such calendar),
     * anyone else {@link AccessDeniedException}.
     */
    @Transactional(readOnly = true)
    public List<Appointment> ofTherapist(CurrentUser user, UUID therapistId, Instant from, Instant to) {
        if (user.is(Role.THERAPIST)) {
            if (!ownProfile(user).map(therapistId::equals).orElse(false)) {
                audit.denied(user, "session.calendar", null, "therapist", String.valueOf(therapistId));
                throw new PatientNotFoundException();
            }
        } else if (!user.is(Role.ADMIN)) {
            throw new AccessDeniedException("Therapists and admins see a therapist's calendar");
        } else if (directory.profile(therapistId).isEmpty()) {
            throw new PatientNotFoundException();
        }
        List<Appointment> sessions = appointments.ofTherapist(therapistId, from, to);
        audit.read(user, "session.calendar", null, "therapist", therapistId.toString());
        return sessions;
    }

    /** Every therapist's sessions overlapping [from, to), for the clinic admin: therapists by name, each by start. */
    @Transactional(readOnly = true)
    public Map<TherapistName, List<Appointment>> everyTherapist(CurrentUser admin, Instant from, Instant to) {
        if (!admin.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only the clinic admin sees every therapist's day");
        }
        Map<TherapistName, List<Appointment>> days = new LinkedHashMap<>();
        accounts.all().stream().filter(a -> a.role() == Role.THERAPIST)
                .sorted(java.util.Comparator.comparing(org.kneadwell.identity.AccountSummary::displayName))
                .forEach(a -> directory.profileOfAccount(a.id()).ifPresent(profile -> {
                    List<Appointment> sessions = appointments.ofTherapist(profile.id(), from, to);
                    if (!sessions.isEmpty() || a.status().name().equals("ACTIVE")) {
                        days.put(new TherapistName(profile.id(), a.displayName()), sessions);
                    }
                }));
        audit.read(admin, "session.calendar.clinic", null, "therapist", null);
        return days;
    }

    /**
     * One session for someone who may see the patient's clinical data (the patient, their care team); anyone else,
     * or an unknown id, gets {@link PatientNotFoundException}. Audited by the caller with what it shows.
     */
    @Transactional(readOnly = true)
    public Appointment session(CurrentUser user, UUID appointmentId, PatientAction action) {
        Appointment appointment = appointments.byPublicId(appointmentId).orElseThrow(PatientNotFoundException::new);
        patients.require(user, appointment.patientId(), action);
        return appointment;
    }

    /** The clinic's locations by id, for the place of each session. */
    public Map<UUID, String> placeNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        directory.locations().forEach(l -> names.put(l.id(), l.name()));
        return names;
    }

    /** A therapist's name, for a session's page. */
    public Optional<String> therapistName(UUID therapistId) {
        return directory.profile(therapistId).map(TherapistProfile::displayName);
    }
}
