package org.kneadwell.clearance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.kneadwell.patient.CareTeamMember;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.patient.clinic.ClinicJobPatients;
import org.kneadwell.shared.CareTeamAlert;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.DisplayDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warns the care team once when a clearance is {@value #WARN_DAYS} days or less from expiry, and once when it has
 * expired (the day after its valid-until date), so treatment does not stop by surprise.
 */
@Component
public class ExpiryWatch {

    static final int WARN_DAYS = 14;

    private final ClearanceDecisions decisions;
    private final PatientRecords patients;
    private final ClinicJobPatients jobPatients;
    private final ApplicationEventPublisher events;
    private final ClinicSettings clinic;
    private final Clock clock;

    ExpiryWatch(ClearanceDecisions decisions, PatientRecords patients, ClinicJobPatients jobPatients,
            ApplicationEventPublisher events,
            ClinicSettings clinic, Clock clock) {
        this.decisions = decisions;
        this.patients = patients;
        this.jobPatients = jobPatients;
        this.events = events;
        this.clinic = clinic;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "${kneadwell.clearance.expiry-check:PT1H}")
    @Transactional
    public void check() {
        LocalDate today = clinic.today(clock);
        for (ClearanceDecision expired : decisions.approvalsExpiringBy(today.minusDays(1), true)) {
            warn(expired, CareTeamAlert.Level.WARNING, "has expired (it was valid until " + DisplayDates.date(expired.validUntil())
                    + "); treatment needs a new clearance.");
            decisions.markWarned(expired.id(), true, clock.instant());
            decisions.markWarned(expired.id(), false, clock.instant());
            events.publishEvent(new SafetyChanged(expired.patientId()));
        }
        for (ClearanceDecision soon : decisions.approvalsExpiringBy(today.plusDays(WARN_DAYS), false)) {
            warn(soon, CareTeamAlert.Level.WARNING, "expires on " + DisplayDates.date(soon.validUntil()) + ": ask "
                    + soon.clinicianName() + " to review it in time.");
            decisions.markWarned(soon.id(), false, clock.instant());
        }
    }

    private void warn(ClearanceDecision decision, CareTeamAlert.Level level, String what) {
        jobPatients.forClinicJob(decision.patientId()).ifPresent(patient -> {
            Set<Long> team = patients.careTeam(patient).stream().map(CareTeamMember::accountId)
                    .collect(Collectors.toSet());
            if (!team.isEmpty()) {
                events.publishEvent(new CareTeamAlert(patient.publicId(), team, level, "The clearance for "
                        + patient.displayName() + " " + what, "/patients/" + patient.publicId() + "#effective-safety",
                        true, false));
            }
        });
    }
}
