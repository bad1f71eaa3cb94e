package org.kneadwell.scheduling;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.plan.TreatmentPlan;
import org.kneadwell.plan.TreatmentPlans;
import org.kneadwell.shared.Technique;
import org.springframework.stereotype.Component;

/** What booking asks about a treatment plan: its techniques, in order, if it is this patient's plan. */
@Component
class PlanChecks {

    private final TreatmentPlans plans;

    PlanChecks(TreatmentPlans plans) {
        this.plans = plans;
    }

    Optional<List<Technique>> techniquesOf(UUID patientId, UUID planId) {
        return plans.ofPatientChecked(patientId, planId).filter(p -> !p.isDraft())
                .map(TreatmentPlan::content).map(c -> c.techniques());
    }
}
