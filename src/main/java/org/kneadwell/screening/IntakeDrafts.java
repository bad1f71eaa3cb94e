package org.kneadwell.screening;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.screening.policy.Triage;
import org.kneadwell.screening.policy.TriageTier;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient's intake while it is being filled in. Each step's answers are saved to the draft at once, so a
 * half-finished intake is never lost; a new intake after a submitted one starts from the previous answers, so
 * an update re-screens without asking everything again.
 */
@Service
public class IntakeDrafts {

    private final Intakes intakes;
    private final PatientRecords patients;
    private final AuditTrail audit;
    private final IntakeEmergencyAlert emergencyAlert;
    private final Clock clock;

    IntakeDrafts(Intakes intakes, PatientRecords patients, AuditTrail audit, IntakeEmergencyAlert emergencyAlert,
            Clock clock) {
        this.intakes = intakes;
        this.patients = patients;
        this.audit = audit;
        this.emergencyAlert = emergencyAlert;
        this.clock = clock;
    }

    /**
     * What the intake pages show: the open draft, or (before anything is saved) the answers a new draft would start
     * from, the last submitted ones if any. Reading never creates a draft; the first saved step does.
     */
    @Transactional(readOnly = true)
    public Shown show(CurrentUser user, UUID patientId) {
        patients.require(user, patientId, PatientAction.EDIT_CLINICAL);
        Optional<Intake> draft = intakes.draftOf(patientId);
        audit.read(user, "intake.read", patientId, "intake", draft.map(d -> d.publicId().toString()).orElse(null));
        return new Shown(draft.orElse(null), draft.map(Intake::answers).orElseGet(() -> startingAnswers(patientId)));
    }

    /** The draft, if one is open, and the answers to show. */
    public record Shown(Intake draft, IntakeAnswers answers) {
    }

    private IntakeAnswers startingAnswers(UUID patientId) {
        return intakes.latestSubmitted(patientId).map(Intake::answers).orElse(IntakeAnswers.empty());
    }

    /** Whether an intake is in progress (for "continue your intake" prompts). */
    @Transactional(readOnly = true)
    public boolean hasDraft(CurrentUser user, UUID patientId) {
        patients.require(user, patientId, PatientAction.VIEW_CLINICAL);
        return intakes.draftOf(patientId).isPresent();
    }

    /**
     * What answering a step did: the saved draft, the message key of each field that was not accepted, and whether
     * the red-flag answers as saved call for an emergency department now (the step's response shows that first).
     */
    public record StepOutcome(Intake draft, Map<String, String> errors, boolean emergency) {
    }

    /**
     * Answers one step from its form fields, as the intake page sends them: every valid answer is saved at once,
     * each invalid one is reported (field to message key) and the previous answer kept. A save of the red-flag step
     * whose answers set the tier at {@code EMERGENCY}, or any save that brings them there (the pain RF17 reads),
     * alerts the care team at once, once per draft, whether or not the intake is ever submitted.
     */
    @Transactional
    public StepOutcome answer(CurrentUser user, UUID patientId, IntakeStep step, MultiValueMap<String, String> form) {
        Patient patient = patients.require(user, patientId, PatientAction.EDIT_CLINICAL);
        StepAnswers.Result read = IntakeStepReader.read(step, form);
        Intake draft = openDraft(user, patientId);
        boolean wasEmergency = IntakeScreening.callsForEmergency(draft.answers());
        intakes.saveDraft(draft.id(), read.change().apply(draft.answers()), clock.instant());
        audit.write(user, "intake.save." + step.slug(), patientId, "intake", draft.publicId().toString());
        Intake saved = intakes.byId(draft.id()).orElseThrow();
        Triage triage = IntakeScreening.redFlagTriage(saved.answers());
        boolean emergency = triage.tier() == TriageTier.EMERGENCY && (step == IntakeStep.RED_FLAGS || !wasEmergency);
        if (emergency) {
            emergencyAlert.raiseOnce(user, patient, saved, triage);
        }
        return new StepOutcome(saved, read.errors(), emergency);
    }

    private Intake openDraft(CurrentUser user, UUID patientId) {
        return intakes.draftOf(patientId).orElseGet(() -> {
            Intake started = intakes.startDraft(patientId, startingAnswers(patientId), user.publicId(), clock.instant());
            audit.write(user, "intake.start", patientId, "intake", started.publicId().toString());
            return started;
        });
    }
}
