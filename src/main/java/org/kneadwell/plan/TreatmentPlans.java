package org.kneadwell.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.clearance.EffectiveVerdict;
import org.kneadwell.clearance.Limit;
import org.kneadwell.clearance.PatientSafety;
import org.kneadwell.clearance.SafetyToday;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientNotFoundException;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.screening.checked.IntakeGoals;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.Goal;
import org.kneadwell.shared.Technique;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The treatment-plan use cases. Therapists on the care team draft, revise, activate and complete plans; the patient
 * and the care team's clinicians read them. Every call asks {@link PatientRecords#require} first and writes an audit
 * event. The one rule that spans aggregates lives here: a plan's techniques must be allowed by effective safety on
 * the day it is saved or activated.
 */
@Service
public class TreatmentPlans {

    private static final String RECORD = "treatment-plan";

    private final StoredPlans plans;
    private final PatientRecords records;
    private final PatientSafety safety;
    private final IntakeGoals intakeGoals;
    private final AuditTrail audit;
    private final ClinicSettings clinic;
    private final Clock clock;

    TreatmentPlans(StoredPlans plans, PatientRecords records, PatientSafety safety, IntakeGoals intakeGoals,
            AuditTrail audit, ClinicSettings clinic, Clock clock) {
        this.plans = plans;
        this.records = records;
        this.safety = safety;
        this.intakeGoals = intakeGoals;
        this.audit = audit;
        this.clinic = clinic;
        this.clock = clock;
    }

    /**
     * A new plan as the form first shows it: the goals of the latest intake, the techniques effective safety allows
     * today, the suggested dose ({@link Dose#suggested()}) and default self-care and exercise text to edit.
     */
    @Transactional(readOnly = true)
    public PlanForm proposal(CurrentUser therapist, UUID patientId) {
        mayPlan(therapist, patientId);
        audit.read(therapist, "plan.propose", patientId, RECORD, null);
        return PlanForm.of(suggested(patientId));
    }

    /** Stores the {@link #proposal} as a draft. */
    @Transactional
    public TreatmentPlan draft(CurrentUser therapist, UUID patientId) {
        mayPlan(therapist, patientId);
        return create(therapist, patientId, suggested(patientId));
    }

    /**
     * Creates a draft ({@code planId} null) or revises one. Refuses, saving nothing, unknown codes, numbers out of
     * range, and techniques effective safety does not allow today (naming each and why).
     */
    @Transactional
    public TreatmentPlan save(CurrentUser therapist, UUID patientId, UUID planId, PlanForm form) {
        mayPlan(therapist, patientId);
        PlanContent content = form.read();
        List<PlanProblem> refused = notAllowedToday(patientId, content.techniques());
        if (!refused.isEmpty()) {
            throw new InvalidPlanException(refused);
        }
        if (planId == null) {
            return create(therapist, patientId, content);
        }
        TreatmentPlan revised = store(load(patientId, planId).revise(content));
        audit.write(therapist, "plan.update", patientId, RECORD, planId.toString());
        return revised;
    }

    /** Starts the plan; its techniques must still be allowed today, and the patient may have one active plan. */
    @Transactional
    public TreatmentPlan activate(CurrentUser therapist, UUID patientId, UUID planId) {
        mayPlan(therapist, patientId);
        plans.lockForPatient(patientId);
        TreatmentPlan plan = load(patientId, planId);
        List<PlanProblem> refused = notAllowedToday(patientId, plan.content().techniques());
        if (!refused.isEmpty()) {
            throw new InvalidPlanException(refused);
        }
        if (plans.forPatient(patientId).stream().anyMatch(p -> p.isActive() && !p.publicId().equals(planId))) {
            throw new PlanStateException("plan.error.anotherActive");
        }
        TreatmentPlan active = store(plan.activate(new Stamp(therapist.publicId(), clock.instant())));
        audit.write(therapist, "plan.activate", patientId, RECORD, planId.toString());
        return active;
    }

    /** Ends an active plan's course. */
    @Transactional
    public TreatmentPlan complete(CurrentUser therapist, UUID patientId, UUID planId) {
        mayPlan(therapist, patientId);
        TreatmentPlan done = store(load(patientId, planId).complete(new Stamp(therapist.publicId(), clock.instant())));
        audit.write(therapist, "plan.complete", patientId, RECORD, planId.toString());
        return done;
    }

    /** The active plan, or else the newest one. */
    @Transactional(readOnly = true)
    public Optional<TreatmentPlan> current(CurrentUser user, UUID patientId) {
        records.require(user, patientId, PatientAction.VIEW_CLINICAL);
        List<TreatmentPlan> all = plans.forPatient(patientId);
        Optional<TreatmentPlan> current = all.stream().filter(TreatmentPlan::isActive).findFirst()
                .or(() -> all.stream().findFirst());
        audit.read(user, "plan.read", patientId, RECORD, current.map(p -> p.publicId().toString()).orElse(null));
        return current;
    }

    /** All the patient's plans, newest first. */
    @Transactional(readOnly = true)
    public List<TreatmentPlan> list(CurrentUser user, UUID patientId) {
        records.require(user, patientId, PatientAction.VIEW_CLINICAL);
        List<TreatmentPlan> all = plans.forPatient(patientId);
        audit.read(user, "plan.list", patientId, RECORD, String.valueOf(all.size()));
        return all;
    }

    /** One plan of the patient; a plan of someone else is reported as not found. */
    @Transactional(readOnly = true)
    public TreatmentPlan get(CurrentUser user, UUID patientId, UUID planId) {
        records.require(user, patientId, PatientAction.VIEW_CLINICAL);
        TreatmentPlan plan = load(patientId, planId);
        audit.read(user, "plan.read", patientId, RECORD, planId.toString());
        return plan;
    }

    /** Whether the caller may draft and change plans for this patient (a therapist on the care team). */
    public boolean mayPlan(CurrentUser user, org.kneadwell.patient.Patient patient) {
        return user.is(Role.THERAPIST) && records.may(user, PatientAction.EDIT_CLINICAL, patient);
    }

    private void mayPlan(CurrentUser user, UUID patientId) {
        records.require(user, patientId, PatientAction.EDIT_CLINICAL);
        if (!user.is(Role.THERAPIST)) {
            throw new AccessDeniedException("Only therapists on the care team write treatment plans");
        }
    }

    private TreatmentPlan create(CurrentUser therapist, UUID patientId, PlanContent content) {
        TreatmentPlan plan = plans.insert(TreatmentPlan.draft(patientId, therapist.publicId(),
                therapist.displayName(), content, new Stamp(therapist.publicId(), clock.instant())));
        audit.write(therapist, "plan.create", patientId, RECORD, plan.publicId().toString());
        return plan;
    }

    private PlanContent suggested(UUID patientId) {
        List<Goal> goals = intakeGoals.latestOf(patientId);
        SafetyToday today = safety.on(patientId, clinic.today(clock));
        List<Technique> allowed = today.techniques().stream().filter(EffectiveVerdict::allowed)
                .map(EffectiveVerdict::technique).toList();
        return new PlanContent(goals, allowed, Dose.suggested(), PackageDefaults.SELF_CARE, PackageDefaults.EXERCISE);
    }

    private List<PlanProblem> notAllowedToday(UUID patientId, List<Technique> techniques) {
        SafetyToday today = safety.on(patientId, clinic.today(clock));
        List<PlanProblem> problems = new ArrayList<>();
        for (Technique technique : techniques) {
            EffectiveVerdict verdict = today.verdict(technique);
            if (!verdict.allowed()) {
                String why = verdict.limits().stream().map(Limit::text).distinct().collect(Collectors.joining("; "));
                problems.add(PlanProblem.of("techniques", "plan.error.techniqueNotAllowed", technique, why));
            }
        }
        return problems;
    }

    private TreatmentPlan load(UUID patientId, UUID planId) {
        return plans.find(patientId, planId).orElseThrow(PatientNotFoundException::new);
    }

    private TreatmentPlan store(TreatmentPlan plan) {
        if (!plans.update(plan)) {
            throw new PlanStateException("plan.error.changedMeanwhile");
        }
        return plans.find(plan.patientId(), plan.publicId()).orElseThrow();
    }

    /** A plan of this patient, for modules that have already checked access (booking a plan's session). */
    @Transactional(readOnly = true)
    public Optional<TreatmentPlan> ofPatientChecked(UUID patientId, UUID planId) {
        return plans.forPatient(patientId).stream().filter(p -> p.publicId().equals(planId)).findFirst();
    }

    /**
     * How often the patient is asked how they are doing (the active plan's schedule, else the latest completed
     * plan's, else the usual one) and when their latest plan was completed, for modules that have already checked
     * access (what is due in {@code outcome}).
     */
    @Transactional(readOnly = true)
    public PlanMeasuring measuringChecked(UUID patientId) {
        List<TreatmentPlan> all = plans.forPatient(patientId);
        Measuring measuring = all.stream().filter(p -> p.status() == PlanStatus.ACTIVE).findFirst()
                .or(() -> all.stream().filter(p -> p.status() == PlanStatus.COMPLETED).findFirst())
                .map(p -> p.content().measuring()).orElse(Measuring.usual());
        Instant lastCompleted = all.stream().map(TreatmentPlan::completed).filter(Objects::nonNull).map(Stamp::at)
                .max(Comparator.naturalOrder()).orElse(null);
        return new PlanMeasuring(measuring, lastCompleted);
    }
}
