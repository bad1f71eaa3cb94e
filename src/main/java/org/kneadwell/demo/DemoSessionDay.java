package org.kneadwell.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.scheduling.Visits;
import org.kneadwell.scheduling.clinic.PastSessions;
import org.kneadwell.screening.Recheck;
import org.kneadwell.session.SessionDesk;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.Technique;
import org.kneadwell.therapist.Location;
import org.kneadwell.therapist.TherapistDirectory;
import org.kneadwell.therapist.TherapistProfile;
import org.springframework.stereotype.Component;

/**
 * The demo therapist's day today (issue 11, item 8), placed around the moment the demo is seeded so it has a past and
 * a future: Aisha Rahman attended three hours ago; Kofi Mensah did not come an hour and a half ago (no-show); Jordan
 * Ellis checked in himself from the reminder for a session in half an hour; Hannah Schmidt (24 weeks pregnant:
 * restricted techniques) comes in two hours and has not checked in; David Okonkwo, whose massage is on hold after a
 * fever, comes in three and a half hours and his session is blocked by safety. Near midnight some of these fall on
 * the day before or after, as the day has no room for them.
 */
@Component
class DemoSessionDay {

    private final PastSessions sessions;
    private final Visits visits;
    private final SessionDesk desk;
    private final PatientRecords patients;
    private final TherapistDirectory directory;
    private final ClinicSettings clinic;
    private final Clock clock;

    DemoSessionDay(PastSessions sessions, Visits visits, SessionDesk desk, PatientRecords patients,
            TherapistDirectory directory, ClinicSettings clinic, Clock clock) {
        this.sessions = sessions;
        this.visits = visits;
        this.desk = desk;
        this.patients = patients;
        this.directory = directory;
        this.clinic = clinic;
        this.clock = clock;
    }

    void seed(CurrentUser admin, CurrentUser maya, CurrentUser jordanSelf, UUID jordan, UUID aisha, UUID kofi,
            UUID hannah, UUID david) {
        TherapistProfile profile = directory.profileOfAccount(maya.accountId()).orElseThrow();
        UUID place = profile.locations().stream().findFirst().map(Location::id).orElse(null);
        patients.addToCareTeam(admin, hannah, maya.publicId());
        patients.addToCareTeam(admin, david, maya.publicId());
        ZonedDateTime now = clock.instant().atZone(clinic.zone());
        Instant anchor = now.truncatedTo(ChronoUnit.HOURS).plusMinutes(now.getMinute() / 15 * 15L).toInstant();

        sessions.record(maya, aisha, profile.id(), Technique.SWEDISH, anchor.minus(Duration.ofHours(3)), 45);
        Appointment missed = sessions.recordBooked(maya, kofi, profile.id(), place, Technique.SWEDISH,
                anchor.minus(Duration.ofMinutes(90)), 45);
        visits.markNoShow(maya, missed.publicId());
        Appointment checkedIn = sessions.recordBooked(maya, jordan, profile.id(), place, Technique.SWEDISH,
                anchor.plus(Duration.ofMinutes(30)), 60);
        desk.checkIn(jordanSelf, checkedIn.publicId(), Recheck.clean(3));
        sessions.recordBooked(maya, hannah, profile.id(), place, Technique.SWEDISH, anchor.plus(Duration.ofHours(2)), 60);
        sessions.recordBooked(maya, david, profile.id(), place, Technique.SWEDISH,
                anchor.plus(Duration.ofMinutes(210)), 60);
    }
}
