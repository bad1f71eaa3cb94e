package org.kneadwell.outcome;

import static org.kneadwell.shared.SqlTime.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.notification.Outbox;
import org.kneadwell.patient.CareTeamMember;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.patient.TeamRole;
import org.kneadwell.patient.clinic.ClinicJobPatients;
import org.kneadwell.shared.CareTeamAlert;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.DisplayDates;
import org.kneadwell.shared.PublicAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 12 item 4, the clinic's own job: a reminder e-mail (a sign-in link only, nothing about the patient's
 * health) when a questionnaire falls due, and an alert to the therapists on the care team when it is overdue; each
 * once per due date. Covers patients who have answered at least one questionnaire (the baseline of a new patient
 * shows on their home page).
 */
@Component
class DueNotices {

    private final JdbcClient jdbc;
    private final Outcomes outcomes;
    private final ClinicJobPatients patients;
    private final PatientRecords records;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final PublicAddress address;
    private final ClinicSettings clinic;
    private final Clock clock;

    DueNotices(JdbcClient jdbc, Outcomes outcomes, ClinicJobPatients patients, PatientRecords records, Outbox outbox,
            ApplicationEventPublisher events, PublicAddress address, ClinicSettings clinic, Clock clock) {
        this.jdbc = jdbc;
        this.outcomes = outcomes;
        this.patients = patients;
        this.records = records;
        this.outbox = outbox;
        this.events = events;
        this.address = address;
        this.clinic = clinic;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${kneadwell.jobs.first-run:PT40S}", fixedDelayString = "${kneadwell.outcome.due-check:PT1H}")
    @Transactional
    public int send() {
        int sent = 0;
        List<UUID> answering = jdbc.sql("select distinct patient_id from outcome_response").query(UUID.class).list();
        for (UUID patientId : answering) {
            Patient patient = patients.forClinicJob(patientId).orElse(null);
            if (patient == null) {
                continue;
            }
            for (Due due : outcomes.dueOf(patient)) {
                if (patient.details().email() != null && first(patientId, due, "REMINDER")) {
                    outbox.record(patient.details().email(), "A short questionnaire from " + clinic.name(),
                            "Hello,\n\nA short questionnaire is waiting for you. Please sign in to answer it: "
                                    + address.forBackgroundJobs() + "/\n");
                    sent++;
                }
                if (due.overdue() && first(patientId, due, "OVERDUE")) {
                    Set<Long> therapists = records.careTeam(patient).stream()
                            .filter(m -> m.teamRole() == TeamRole.THERAPIST).map(CareTeamMember::accountId)
                            .collect(Collectors.toSet());
                    if (!therapists.isEmpty()) {
                        events.publishEvent(new CareTeamAlert(patientId, therapists, CareTeamAlert.Level.INFO,
                                patient.displayName() + ": " + due.instrument().title() + " is overdue (due since "
                                        + DisplayDates.date(due.dueOn()) + ").",
                                "/patients/" + patientId + "#outcomes", false, false));
                    }
                    sent++;
                }
            }
        }
        return sent;
    }

    /** Records the notice; false if it was already given for this due date. */
    private boolean first(UUID patientId, Due due, String kind) {
        Instant now = clock.instant();
        return jdbc.sql("insert into outcome_due_notice (patient_id, instrument, due_on, kind, sent_at) "
                + "select ?, ?, ?, ?, ? where not exists (select 1 from outcome_due_notice where patient_id = ? "
                + "and instrument = ? and due_on = ? and kind = ?)")
                .params(patientId, due.instrument().id(), due.dueOn(), kind, utc(now), patientId,
                        due.instrument().id(), due.dueOn(), kind).update() == 1;
    }
}
