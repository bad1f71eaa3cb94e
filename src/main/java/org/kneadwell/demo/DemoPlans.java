package org.kneadwell.demo;

import static org.kneadwell.demo.DemoIntakes.pain;
import static org.kneadwell.demo.DemoIntakes.startBack;

import java.util.Set;
import java.util.UUID;

import org.kneadwell.demo.DemoIntakes.Story;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.plan.PlanForm;
import org.kneadwell.plan.TreatmentPlan;
import org.kneadwell.plan.TreatmentPlans;
import org.springframework.stereotype.Component;

/**
 * The treatment-plan part of the demo (issue 5, item 8), made through the service as the therapist on each care
 * team, so every technique is one effective safety allows: Jordan Ellis has an active plan with Maya Chen, Hannah
 * Schmidt a draft with Amara Okafor that asks her questionnaires every two weeks instead of four (her pain changes
 * quickly), and Wei Zhang, after an intake of his own, a completed plan with Amara Okafor (so the end-of-plan
 * questionnaires are due for him).
 */
@Component
class DemoPlans {

    private final TreatmentPlans plans;
    private final DemoIntakes intakes;

    DemoPlans(TreatmentPlans plans, DemoIntakes intakes) {
        this.plans = plans;
        this.intakes = intakes;
    }

    void seed(CurrentUser maya, UUID jordan, CurrentUser amara, UUID hannah, UUID wei) {
        TreatmentPlan jordans = plans.draft(maya, jordan);
        plans.activate(maya, jordan, jordans.publicId());

        TreatmentPlan hannahs = plans.draft(amara, hannah);
        PlanForm proposed = PlanForm.of(hannahs.content());
        plans.save(amara, hannah, hannahs.publicId(), new PlanForm(proposed.goals(), proposed.techniques(),
                proposed.sessionMinutes(), proposed.everyDays(), proposed.sessions(), proposed.selfCare(),
                proposed.exercise(), "2", "1"));

        intakes.complete(amara, wei, new Story(
                pain(4, "years", 4, 4, "GRADUAL", "Heat, stretching after a drive", "Long drives"),
                DemoForm.with().and("painRegions", "LOWER_BACK_LEFT", "LOWER_BACK_RIGHT", "NECK"),
                DemoForm.with("causes", "POOR_POSTURE"), Set.of(), DemoForm.with(),
                DemoForm.with("pressure", "FIRM", "heat", "LIKE").and("goals", "MUSCLE_TENSION", "STRESS_RELIEF")
                        .and("likedTechniques", "HOT_STONE", "DEEP_TISSUE"),
                startBack("dddddddd", "SLIGHTLY")));
        TreatmentPlan weis = plans.draft(amara, wei);
        plans.activate(amara, wei, weis.publicId());
        plans.complete(amara, wei, weis.publicId());
    }
}
