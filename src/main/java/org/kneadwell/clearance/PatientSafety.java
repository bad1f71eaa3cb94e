package org.kneadwell.clearance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.screening.Screenings;
import org.kneadwell.screening.StoredScreening;
import org.kneadwell.shared.ClinicSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one component that answers "what may be done for this patient on this day": the latest screen (made under
 * the clinic's policy) and the clinician's clearance for that screen, if it is valid that day. Booking and session
 * notes ask only this.
 */
@Service
public class PatientSafety {

    private final Screenings screenings;
    private final ClearanceDecisions decisions;
    private final ClearanceRequests requests;
    private final PatientRecords patients;
    private final AuditTrail audit;
    private final ClinicSettings clinic;
    private final Clock clock;

    PatientSafety(Screenings screenings, ClearanceDecisions decisions, ClearanceRequests requests,
            PatientRecords patients, AuditTrail audit, ClinicSettings clinic, Clock clock) {
        this.screenings = screenings;
        this.decisions = decisions;
        this.requests = requests;
        this.patients = patients;
        this.audit = audit;
        this.clinic = clinic;
        this.clock = clock;
    }

    /** Effective safety today (in the clinic's time zone), for a caller who may see the patient's clinical data. */
    @Transactional(readOnly = true)
    public SafetyToday today(CurrentUser user, UUID patientId) {
        patients.require(user, patientId, PatientAction.VIEW_CLINICAL);
        audit.read(user, "safety.read", patientId, "safety", null);
        return on(patientId, clinic.today(clock));
    }

    /** Effective safety on a given day, for services that have already checked access (booking, session notes). */
    @Transactional(readOnly = true)
    public SafetyToday on(UUID patientId, LocalDate day) {
        Optional<StoredScreening> screen = screenings.latestChecked(patientId);
        return EffectiveSafety.on(day, screen.map(StoredScreening::result).orElse(null),
                screen.flatMap(this::clearanceFor).orElse(null));
    }

    /**
     * The clearance in force for this very screen: the newest approval or refusal about it, if that is an approval.
     * A newer screen needs a new clearance; a refusal withdraws an earlier approval.
     */
    private Optional<Clearance> clearanceFor(StoredScreening screen) {
        return decisions.latestVerdict(screen.patientId())
                .filter(verdict -> requests.screeningOf(verdict.requestId()) == screen.id())
                .filter(verdict -> verdict.kind() == ClearanceDecision.Kind.APPROVE)
                .map(ClearanceDecision::clearance);
    }
}
