package org.kneadwell.scheduling;

import static org.kneadwell.shared.SqlTime.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.kneadwell.notification.Outbox;
import org.kneadwell.patient.clinic.ClinicJobPatients;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.PublicAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends each patient an e-mail about 24 hours before a booked session (recorded in the outbox, sent over SMTP when
 * configured), with the link to sign in and check in before the session. The e-mail says when, not what for.
 */
@Component
class Reminders {

    static final Duration AHEAD = Duration.ofHours(24);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu 'at' HH:mm", Locale.ENGLISH);

    private final JdbcClient jdbc;
    private final Appointments appointments;
    private final ClinicJobPatients patients;
    private final Outbox outbox;
    private final ClinicSettings clinic;
    private final Clock clock;
    private final PublicAddress address;

    Reminders(JdbcClient jdbc, Appointments appointments, ClinicJobPatients patients, Outbox outbox,
            ClinicSettings clinic, Clock clock, PublicAddress address) {
        this.jdbc = jdbc;
        this.appointments = appointments;
        this.patients = patients;
        this.outbox = outbox;
        this.clinic = clinic;
        this.clock = clock;
        this.address = address;
    }

    @Scheduled(initialDelayString = "${kneadwell.jobs.first-run:PT30S}", fixedDelayString = "${kneadwell.booking.reminder-check:PT10M}")
    @Transactional
    public int sendDue() {
        Instant now = clock.instant();
        String base = address.forBackgroundJobs();
        List<Appointment> due = jdbc.sql("select " + Appointments.COLUMNS + " from appointment "
                + "where status = 'BOOKED' and reminder_sent_at is null and starts_at > ? and starts_at <= ?"
                + " and rebook_reason is null")
                .params(utc(now), utc(now.plus(AHEAD))).query(Appointments::map).list();
        for (Appointment session : due) {
            patients.forClinicJob(session.patientId()).filter(p -> p.details().email() != null).ifPresent(patient ->
                    outbox.record(patient.details().email(), "Your massage session tomorrow at " + clinic.name(),
                            "Hello " + patient.details().givenName() + ",\n\nThis is a reminder of your session on "
                                    + WHEN.format(session.start().atZone(clinic.zone())) + " (" + clinic.zone().getId()
                                    + ").\n\nBefore it, please sign in and do the short check-in: " + base
                                    + "/sessions/" + session.publicId() + "/check-in\n\nIf you need to cancel, please do it in the app as early as you can."));
            jdbc.sql("update appointment set reminder_sent_at = ? where id = ?").params(utc(now), session.id()).update();
        }
        return due.size();
    }
}
