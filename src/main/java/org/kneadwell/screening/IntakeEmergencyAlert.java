package org.kneadwell.screening;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.CareTeamMember;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.screening.policy.ReasonNames;
import org.kneadwell.screening.policy.Triage;
import org.kneadwell.shared.CareTeamAlert;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Red flags are answered at once (screening contract §2.1, issue 8): when a saved intake step leaves the red-flag
 * answers at {@code EMERGENCY}, the whole care team is alerted there and then (pinned, and an e-mail that says only
 * that an alert is waiting), and massage goes on hold at once through a screen of the red-flag answers, because the
 * patient may leave without ever submitting. Once per intake: later saves and the submitted screen of the same intake
 * do not alert again.
 */
@Component
class IntakeEmergencyAlert {

    private final Intakes intakes;
    private final PatientRecords patients;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Screenings screenings;
    private final Clock clock;

    IntakeEmergencyAlert(Intakes intakes, PatientRecords patients, AuditTrail audit, ApplicationEventPublisher events,
            Screenings screenings, Clock clock) {
        this.screenings = screenings;
        this.intakes = intakes;
        this.patients = patients;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Alerts the care team about the draft's emergency answers unless this draft already has; true if it did now. */
    boolean raiseOnce(CurrentUser user, Patient patient, Intake draft, Triage emergency) {
        if (!intakes.markEmergencyAlerted(draft.id(), clock.instant())) {
            return false;
        }
        audit.write(user, "intake.emergency.alert", patient.publicId(), "intake", draft.publicId().toString());
        Set<Long> everyone = patients.careTeam(patient).stream().map(CareTeamMember::accountId)
                .collect(Collectors.toSet());
        String flags = emergency.reasons().stream().map(ReasonNames::of).collect(Collectors.joining("; "));
        events.publishEvent(new CareTeamAlert(patient.publicId(), everyone, CareTeamAlert.Level.EMERGENCY,
                patient.displayName() + ": emergency red flags on intake (" + flags + "), answered before the intake "
                        + "was sent. Told to go to an emergency department now.",
                "/patients/" + patient.publicId() + "#safety", true, true));
        screenings.holdFromEmergencyAnswers(user, patient, draft.answers());
        return true;
    }
}
