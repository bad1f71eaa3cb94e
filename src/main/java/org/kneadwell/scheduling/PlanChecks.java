package org.kneadwell.scheduling;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.plan.TreatmentPlan;
import org.kneadwell.plan.TreatmentPlans;
import org.kneadwell.shared.Technique;
import org.springframework.stereotype.Component;

/**
 * What booking asks about a treatment plan. A session may only be booked against the patient's own active plan:
 * another patient's plan, a draft and a completed plan are all "no such active plan" (one answer, so a caller
 * learns nothing about other patients' plans).
 */
@Component
class PlanChecks {

    private final TreatmentPlans plans;

    PlanChecks(TreatmentPlans plans) {
        this.plans = plans;
    }

    /** The plan's techniques, in the plan's order, if it is this patient's active plan. */
    Optional<List<Technique>> techniquesOf(UUID patientId, UUID planId) {
        return activePlan(patientId, planId).map(TreatmentPlan::content).map(c -> c.techniques());
    }

    /** True when no plan is given or it is this patient's active plan. */
    boolean isActivePlanOrNone(UUID patientId, UUID planId) {
        return planId == null || activePlan(patientId, planId).isPresent();
    }

    private Optional<TreatmentPlan> activePlan(UUID patientId, UUID planId) {
        return plans.ofPatientChecked(patientId, planId).filter(TreatmentPlan::isActive);
    }
}
