package org.kneadwell.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A patient's treatment plans over the API (read-only). */
@RestController
class PlanApiController {

    private final TreatmentPlans plans;

    PlanApiController(TreatmentPlans plans) {
        this.plans = plans;
    }

    record DoseView(int sessionMinutes, int everyDays, int sessions) {
    }

    /** How often the plan asks for questionnaires and for the stress and tension ratings. */
    record MeasuringView(int questionnaireWeeks, int ratingWeeks) {
    }

    record PlanView(UUID id, UUID patientId, String status, UUID therapistId, String therapistName, List<String> goals,
            List<String> techniques, DoseView dose, MeasuringView measuring, List<Integer> reassessmentPoints,
            String selfCare,
            String exercise, Instant createdAt, Instant activatedAt, Instant completedAt) {

        static PlanView of(TreatmentPlan p) {
            PlanContent c = p.content();
            return new PlanView(p.publicId(), p.patientId(), p.status().name(), p.therapistId(), p.therapistName(),
                    c.goals().stream().map(Enum::name).toList(), c.techniques().stream().map(Enum::name).toList(),
                    new DoseView(c.dose().sessionMinutes(), c.dose().everyDays(), c.dose().sessions()),
                    new MeasuringView(c.measuring().questionnaireWeeks(), c.measuring().ratingWeeks()),
                    p.reassessmentPoints(), c.selfCare(), c.exercise(), p.created().at(),
                    p.activated() == null ? null : p.activated().at(),
                    p.completed() == null ? null : p.completed().at());
        }
    }

    @GetMapping("/api/v1/patients/{id}/plans")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    List<PlanView> list(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return plans.list(user, id).stream().map(PlanView::of).toList();
    }
}
