package org.kneadwell.screening;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
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
    private final Clock clock;

    IntakeDrafts(Intakes intakes, PatientRecords patients, AuditTrail audit, Clock clock) {
        this.intakes = intakes;
        this.patients = patients;
        this.audit = audit;
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

    /** What answering a step did: the saved draft, and the message key of each field that was not accepted. */
    public record StepOutcome(Intake draft, Map<String, String> errors) {
    }

    /**
     * Answers one step from its form fields, as the intake page sends them: every valid answer is saved at once,
     * each invalid one is reported (field to message key) and the previous answer kept.
     */
    @Transactional
    public StepOutcome answer(CurrentUser user, UUID patientId, IntakeStep step, MultiValueMap<String, String> form) {
        StepAnswers.Result read = IntakeStepReader.read(step, form);
        return new StepOutcome(save(user, patientId, step, read.change()), read.errors());
    }

    private Intake save(CurrentUser user, UUID patientId, IntakeStep step, UnaryOperator<IntakeAnswers> change) {
        patients.require(user, patientId, PatientAction.EDIT_CLINICAL);
        Intake draft = intakes.draftOf(patientId).orElseGet(() -> {
            Intake started = intakes.startDraft(patientId, startingAnswers(patientId), user.publicId(), clock.instant());
            audit.write(user, "intake.start", patientId, "intake", started.publicId().toString());
            return started;
        });
        IntakeAnswers changed = change.apply(draft.answers());
        intakes.saveDraft(draft.id(), changed, clock.instant());
        audit.write(user, "intake.save." + step.slug(), patientId, "intake", draft.publicId().toString());
        return intakes.byId(draft.id()).orElseThrow();
    }
}
