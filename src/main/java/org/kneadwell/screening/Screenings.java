package org.kneadwell.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.CareTeamMember;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.patient.TeamRole;
import org.kneadwell.screening.policy.Reason;
import org.kneadwell.screening.policy.ReasonNames;
import org.kneadwell.screening.policy.ScreeningEngine;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.screening.policy.ScreeningInput;
import org.kneadwell.screening.policy.ScreeningResult;
import org.kneadwell.screening.policy.TriageTier;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.CareTeamAlert;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting an intake screens it under the clinic's current policy and stores the result with its policy
 * version; each submission adds to the history. A hold or a needed clearance alerts the care team.
 */
@Service
public class Screenings {

    private final Intakes intakes;
    private final ScreeningResults results;
    private final PatientRecords patients;
    private final CurrentScreeningPolicy policy;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Screenings(Intakes intakes, ScreeningResults results, PatientRecords patients, CurrentScreeningPolicy policy,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.intakes = intakes;
        this.results = results;
        this.patients = patients;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Either what is still missing (field to message key), or the stored screening. */
    public record Submission(Map<String, String> missing, StoredScreening screening) {
        public boolean accepted() {
            return screening != null;
        }
    }

    @Transactional
    public Submission submit(CurrentUser user, UUID patientId) {
        Patient patient = patients.require(user, patientId, PatientAction.EDIT_CLINICAL);
        Intake draft = intakes.draftOf(patientId).orElseThrow(NoDraftException::new);
        Map<String, String> missing = IntakeScreening.missing(draft.answers());
        if (!missing.isEmpty()) {
            return new Submission(missing, null);
        }
        ScreeningInput input = IntakeScreening.input(draft.answers(), patients.ageToday(patient));
        Instant now = clock.instant();
        if (!intakes.markSubmitted(draft.id(), user.publicId(), now)) {
            throw new NoDraftException();
        }
        audit.write(user, "intake.submit", patientId, "intake", draft.publicId().toString());
        StoredScreening stored = store(user, patient, draft.id(), input, now, draft.emergencyAlerted(), "on intake",
                input.painRegions());
        return new Submission(Map.of(), stored);
    }

    /**
     * An emergency red flag answered in an intake not yet sent holds massage at once (contract §2.1, §5.1): a screen
     * of the red-flag answers given so far is stored, so effective safety, the clearance request and booked sessions
     * follow even if the patient never sends the intake. The care team has already been alerted for this draft.
     */
    @Transactional
    StoredScreening holdFromEmergencyAnswers(CurrentUser user, Patient patient, IntakeAnswers answers) {
        Integer weeks = answers.painDurationWeeks();
        ScreeningInput input = ScreeningInput.ofWeeks(weeks == null ? 0 : weeks)
                .withRedFlags(IntakeScreening.yesFlags(answers).toArray(new RedFlag[0]))
                .withPainIntensity(answers.currentIntensity());
        return store(user, patient, null, input, clock.instant(), true, "on intake", Set.of());
    }

    /**
     * Stores the screen a re-check made ({@link Rechecks}): the same history, alerts, clearance requests and effective
     * safety as any other screen; the care team's alert says it came from the check-in.
     */
    StoredScreening storeRecheck(CurrentUser user, Patient patient, ScreeningInput input, String where) {
        return store(user, patient, null, input, clock.instant(), false, where, Set.of());
    }

    /**
     * Stores a screening made from answers given outside the intake (a clinic tablet or kiosk, through the API),
     * exactly as a submitted intake does: history, alerts, clearance requests and effective safety follow.
     */
    @Transactional
    public StoredScreening record(CurrentUser user, UUID patientId, EvaluateRequest answers) {
        Patient patient = patients.require(user, patientId, PatientAction.EDIT_CLINICAL);
        ScreeningInput input = ScreeningRequestReader.read(answers);
        return store(user, patient, null, input, clock.instant(), false, "on intake", input.painRegions());
    }

    /**
     * @param emergencyAlerted the intake's emergency answers already alerted the care team when they were saved
     *                         ({@link IntakeEmergencyAlert}); an emergency screen of that intake does not alert again
     */
    /** {@code painReported}: where the patient said it hurts in this screen's intake (none for a re-check). */
    private StoredScreening store(CurrentUser user, Patient patient, Long intakeId, ScreeningInput input, Instant now,
            boolean emergencyAlerted, String where, Set<BodyRegion> painReported) {
        ScreeningResult result = ScreeningEngine.evaluate(input, policy.current());
        StoredScreening stored = results.insert(patient.publicId(), intakeId, input, result, now);
        audit.write(user, "screening.create", patient.publicId(), "screening", stored.publicId().toString());
        if (!(emergencyAlerted && result.triage().tier() == TriageTier.EMERGENCY)) {
            alertCareTeam(patient, result, where);
        }
        events.publishEvent(new ScreeningCompleted(patient.publicId(), stored.id(), result.triage().tier(),
                result.triage().massageOnHold(), result.clearanceRequired(), user.publicId(), now, painReported));
        return stored;
    }

    @Transactional(readOnly = true)
    public Optional<StoredScreening> latest(CurrentUser user, UUID patientId) {
        patients.require(user, patientId, PatientAction.VIEW_CLINICAL);
        Optional<StoredScreening> latest = results.latest(patientId);
        latest.ifPresent(s -> audit.read(user, "screening.read", patientId, "screening", s.publicId().toString()));
        return latest;
    }

    @Transactional(readOnly = true)
    public List<StoredScreening> history(CurrentUser user, UUID patientId) {
        patients.require(user, patientId, PatientAction.VIEW_CLINICAL);
        audit.read(user, "screening.history", patientId, "screening", null);
        return results.history(patientId);
    }

    /** The submitted intake a screening came from, for the chart's intake history. */
    @Transactional(readOnly = true)
    public Optional<Intake> intakeOf(CurrentUser user, StoredScreening screening) {
        patients.require(user, screening.patientId(), PatientAction.VIEW_CLINICAL);
        if (screening.intakeId() == null) {
            return Optional.empty();
        }
        audit.read(user, "intake.read", screening.patientId(), "intake", String.valueOf(screening.intakeId()));
        return intakes.byId(screening.intakeId());
    }

    /** @param where where the answers were given, in the alert's words ("on intake") */
    private void alertCareTeam(Patient patient, ScreeningResult result, String where) {
        TriageTier tier = result.triage().tier();
        if (tier == TriageTier.NONE) {
            return;
        }
        List<CareTeamMember> team = patients.careTeam(patient);
        Set<Long> everyone = team.stream().map(CareTeamMember::accountId).collect(Collectors.toSet());
        Set<Long> clinicians = team.stream().filter(m -> m.teamRole() == TeamRole.CLINICIAN)
                .map(CareTeamMember::accountId).collect(Collectors.toSet());
        String flags = result.triage().reasons().stream().map(ReasonNames::of).collect(Collectors.joining("; "));
        String link = "/patients/" + patient.publicId() + "#safety";
        CareTeamAlert alert = switch (tier) {
            case EMERGENCY -> new CareTeamAlert(patient.publicId(), everyone, CareTeamAlert.Level.EMERGENCY,
                    patient.displayName() + ": emergency red flags " + where + " (" + flags
                            + "). Told to go to an emergency department now; massage is on hold.", link, true, true);
            case URGENT -> new CareTeamAlert(patient.publicId(), everyone, CareTeamAlert.Level.WARNING,
                    patient.displayName() + ": red flags " + where + " (" + flags
                            + ") need a doctor within 24 hours; massage is on hold.", link, true, true);
            case PROMPT -> new CareTeamAlert(patient.publicId(), everyone, CareTeamAlert.Level.WARNING,
                    patient.displayName() + ": red flags " + where + " (" + flags
                            + ") need a medical assessment within days; massage is on hold.", link, true, false);
            default -> new CareTeamAlert(patient.publicId(), clinicians.isEmpty() ? everyone : clinicians,
                    CareTeamAlert.Level.INFO, patient.displayName() + ": the safety screen needs a clinician's "
                            + "review before the first session (" + flags + ").", link, false, false);
        };
        events.publishEvent(alert);
    }

    /** There is no intake draft to submit (already submitted, or never started). */
    public static class NoDraftException extends RuntimeException {
        public NoDraftException() {
            super("intake.noDraft");
        }
    }
}
