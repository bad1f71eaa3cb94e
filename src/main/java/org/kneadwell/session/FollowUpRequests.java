package org.kneadwell.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.kneadwell.notification.Outbox;
import org.kneadwell.patient.clinic.ClinicJobPatients;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.scheduling.clinic.AttendedSessions;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.PublicAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks for the 48-hour follow-up: every attended session whose end was at least 48 hours ago (and not longer ago
 * than the look-back, so a clinic's old history is not followed up years later) gets one follow-up request, shown on
 * the patient's home page, and the patient an e-mail that holds a link only. Running it again changes nothing: a
 * session has at most one request (a unique key), and only the run that created it sends the e-mail. Public so the
 * demo clinic can ask for what is due once it has seeded its history.
 */
@Component
public class FollowUpRequests {

    private final AttendedSessions attended;
    private final FollowUps followUps;
    private final ClinicJobPatients patients;
    private final Outbox outbox;
    private final MessageSource messages;
    private final ClinicSettings clinic;
    private final PublicAddress address;
    private final Clock clock;
    private final Duration lookBack;

    FollowUpRequests(AttendedSessions attended, FollowUps followUps, ClinicJobPatients patients, Outbox outbox,
            MessageSource messages, ClinicSettings clinic, PublicAddress address, Clock clock,
            @Value("${kneadwell.follow-up.look-back:P14D}") Duration lookBack) {
        this.attended = attended;
        this.followUps = followUps;
        this.patients = patients;
        this.outbox = outbox;
        this.messages = messages;
        this.clinic = clinic;
        this.address = address;
        this.clock = clock;
        this.lookBack = lookBack;
    }

    /** Creates the follow-ups now due; answers how many it created. */
    @Scheduled(initialDelayString = "${kneadwell.jobs.first-run:PT40S}", fixedDelayString = "${kneadwell.follow-up.check:PT10M}")
    @Transactional
    public int requestDue() {
        Instant now = clock.instant();
        Instant latestEnd = now.minus(SessionFollowUps.AFTER);
        List<Appointment> ended = attended.endedBetween(latestEnd.minus(lookBack), latestEnd.plusMillis(1));
        List<java.util.UUID> already = followUps.requestedAmong(ended.stream().map(Appointment::publicId).toList());
        int created = 0;
        for (Appointment session : ended) {
            if (!already.contains(session.publicId()) && followUps.requestIfAbsent(session, now)) {
                created++;
                mail(session);
            }
        }
        return created;
    }

    /** The patient's e-mail: a greeting and the link, nothing about the session or their health. */
    private void mail(Appointment session) {
        patients.forClinicJob(session.patientId())
                .filter(p -> p.details().email() != null && p.accountId() != null)
                .ifPresent(patient -> outbox.record(patient.details().email(),
                        messages.getMessage("mail.followUp.subject", new Object[] { clinic.name() }, Locale.ENGLISH),
                        messages.getMessage("mail.followUp.body", new Object[] { patient.details().givenName(),
                                address.forBackgroundJobs() + "/appointments/" + session.publicId() + "/follow-up",
                                clinic.name() }, Locale.ENGLISH)));
    }
}
