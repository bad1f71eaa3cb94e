package org.kneadwell.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.AccountDeactivated;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.AccountSummary;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.notification.Alert.Severity;
import org.kneadwell.notification.Alerts;
import org.kneadwell.patient.CareTeamMember;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.shared.CareTeamAlert;
import org.kneadwell.shared.ClinicSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a therapist's account is deactivated, in the same transaction: their calendar feeds are revoked and each of
 * their upcoming sessions is marked for the clinic to rebook (kept booked, not cancelled, so nobody loses their
 * place unseen). Each patient's care team is alerted about their session; admins get one alert with the count and
 * no patient data.
 */
@Component
class TherapistDeactivation {

    static final String THERAPIST_DEACTIVATED = "THERAPIST_DEACTIVATED";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);

    private final TherapistChecks therapists;
    private final CalendarFeeds feeds;
    private final Appointments appointments;
    private final PatientRecords patients;
    private final AccountDirectory accounts;
    private final Alerts alerts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final ClinicSettings clinic;
    private final Clock clock;

    TherapistDeactivation(TherapistChecks therapists, CalendarFeeds feeds, Appointments appointments,
            PatientRecords patients, AccountDirectory accounts, Alerts alerts, AuditTrail audit,
            ApplicationEventPublisher events, MessageSource messages, ClinicSettings clinic, Clock clock) {
        this.therapists = therapists;
        this.feeds = feeds;
        this.appointments = appointments;
        this.patients = patients;
        this.accounts = accounts;
        this.alerts = alerts;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.clinic = clinic;
        this.clock = clock;
    }

    @EventListener
    void on(AccountDeactivated deactivated) {
        if (deactivated.role() != Role.THERAPIST) {
            return;
        }
        therapists.profileOf(deactivated.accountId()).ifPresent(profile -> {
            feeds.revokeTherapistFeeds(profile, deactivated.by());
            int marked = markUpcomingSessions(profile, deactivated);
            if (marked > 0) {
                alertAdmins(deactivated.displayName(), marked);
            }
        });
    }

    private int markUpcomingSessions(UUID profile, AccountDeactivated deactivated) {
        Instant now = clock.instant();
        int marked = 0;
        for (Appointment session : appointments.upcomingOfTherapist(profile, now)) {
            if (appointments.markForRebooking(session.id(), THERAPIST_DEACTIVATED, now)) {
                marked++;
                audit.write(deactivated.by(), "appointment.needsRebooking", session.patientId(), "appointment",
                        session.publicId().toString());
                alertCareTeam(session, deactivated);
            }
        }
        return marked;
    }

    /** The admin asks the access policy for the patient (administration may see demographics and the care team). */
    private void alertCareTeam(Appointment session, AccountDeactivated deactivated) {
        CurrentUser admin = deactivated.by();
        Patient patient = patients.require(admin, session.patientId(), PatientAction.VIEW_DEMOGRAPHICS);
        Set<Long> team = patients.careTeam(patient).stream().map(CareTeamMember::accountId)
                .filter(id -> id != deactivated.accountId()).collect(Collectors.toSet());
        if (team.isEmpty()) {
            return;
        }
        String when = WHEN.format(session.start().atZone(clinic.zone()));
        events.publishEvent(new CareTeamAlert(patient.publicId(), team, CareTeamAlert.Level.WARNING,
                text("alert.rebook.careTeam", patient.displayName(), when, deactivated.displayName()),
                "/patients/" + patient.publicId() + "#appointments", true, false));
    }

    private void alertAdmins(String therapist, int sessions) {
        List<AccountSummary> admins = accounts.active(Role.ADMIN);
        for (AccountSummary admin : admins) {
            alerts.raise(admin.id(), null, Severity.WARNING, text("alert.rebook.admin", therapist, sessions), "/",
                    true);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
