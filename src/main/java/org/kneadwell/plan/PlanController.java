package org.kneadwell.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.clearance.PatientSafety;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.shared.Goal;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.kneadwell.shared.Technique;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan pages: draft and edit (therapists on the care team), read (the patient and the care team). */
@Controller
class PlanController {

    private final TreatmentPlans plans;
    private final PatientRecords records;
    private final PatientSafety safety;
    private final MessageSource messages;

    PlanController(TreatmentPlans plans, PatientRecords records, PatientSafety safety, MessageSource messages) {
        this.plans = plans;
        this.records = records;
        this.safety = safety;
        this.messages = messages;
    }

    @GetMapping("/patients/{id}/plans/new")
    @RouteAccess(value = Audience.THERAPIST, patientData = true)
    String draftForm(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser therapist, Model model) {
        return form(id, null, plans.proposal(therapist, id), List.of(), therapist, model);
    }

    @PostMapping("/patients/{id}/plans")
    @RouteAccess(value = Audience.THERAPIST, patientData = true)
    String create(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal CurrentUser therapist, Model model, RedirectAttributes redirect) {
        return save(id, null, form, therapist, model, redirect);
    }

    @GetMapping("/patients/{id}/plans/{planId}")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String show(@PathVariable UUID id, @PathVariable UUID planId, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        TreatmentPlan plan = plans.get(user, id, planId);
        Patient patient = records.require(user, id, PatientAction.VIEW_CLINICAL);
        model.addAttribute("plan", plan);
        model.addAttribute("patient", patient);
        model.addAttribute("plain", !user.role().isStaff());
        model.addAttribute("mayPlan", plans.mayPlan(user, patient));
        return "plan/view";
    }

    @GetMapping("/patients/{id}/plans/{planId}/edit")
    @RouteAccess(value = Audience.THERAPIST, patientData = true)
    String editForm(@PathVariable UUID id, @PathVariable UUID planId, @AuthenticationPrincipal CurrentUser therapist,
            Model model) {
        TreatmentPlan plan = plans.get(therapist, id, planId);
        return form(id, planId, PlanForm.of(plan.content()), List.of(), therapist, model);
    }

    @PostMapping("/patients/{id}/plans/{planId}")
    @RouteAccess(value = Audience.THERAPIST, patientData = true)
    String revise(@PathVariable UUID id, @PathVariable UUID planId, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal CurrentUser therapist, Model model, RedirectAttributes redirect) {
        return save(id, planId, form, therapist, model, redirect);
    }

    @PostMapping("/patients/{id}/plans/{planId}/activate")
    @RouteAccess(value = Audience.THERAPIST, patientData = true)
    String activate(@PathVariable UUID id, @PathVariable UUID planId, @AuthenticationPrincipal CurrentUser therapist,
            RedirectAttributes redirect) {
        try {
            plans.activate(therapist, id, planId);
            redirect.addFlashAttribute("notice", "plan.activated");
        } catch (PlanStateException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        } catch (InvalidPlanException invalid) {
            redirect.addFlashAttribute("problem", "plan.error.techniquesNoLongerAllowed");
        }
        return "redirect:/patients/" + id + "/plans/" + planId;
    }

    @PostMapping("/patients/{id}/plans/{planId}/complete")
    @RouteAccess(value = Audience.THERAPIST, patientData = true)
    String complete(@PathVariable UUID id, @PathVariable UUID planId, @AuthenticationPrincipal CurrentUser therapist,
            RedirectAttributes redirect) {
        try {
            plans.complete(therapist, id, planId);
            redirect.addFlashAttribute("notice", "plan.completed");
        } catch (PlanStateException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/patients/" + id + "/plans/" + planId;
    }

    private String save(UUID id, UUID planId, MultiValueMap<String, String> submitted, CurrentUser therapist,
            Model model, RedirectAttributes redirect) {
        PlanForm form = new PlanForm(submitted.get("goals"), submitted.get("techniques"),
                submitted.getFirst("sessionMinutes"), submitted.getFirst("everyDays"), submitted.getFirst("sessions"),
                submitted.getFirst("selfCare"), submitted.getFirst("exercise"),
                submitted.getFirst("questionnaireWeeks"), submitted.getFirst("ratingWeeks"));
        try {
            TreatmentPlan plan = plans.save(therapist, id, planId, form);
            redirect.addFlashAttribute("notice", "plan.saved");
            return "redirect:/patients/" + id + "/plans/" + plan.publicId();
        } catch (InvalidPlanException invalid) {
            return form(id, planId, form, invalid.problems(), therapist, model);
        } catch (PlanStateException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/patients/" + id + "/plans/" + planId;
        }
    }

    private String form(UUID id, UUID planId, PlanForm form, List<PlanProblem> problems, CurrentUser therapist,
            Model model) {
        model.addAttribute("patient", records.require(therapist, id, PatientAction.VIEW_CLINICAL));
        model.addAttribute("safetyToday", safety.today(therapist, id));
        model.addAttribute("form", form);
        model.addAttribute("planId", planId);
        model.addAttribute("goals", Goal.values());
        model.addAttribute("techniques", Technique.values());
        model.addAttribute("errors", texts(problems));
        return "plan/form";
    }

    /** Each field's problems as text in the page's language; a technique argument shows as its name. */
    private Map<String, List<String>> texts(List<PlanProblem> problems) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (PlanProblem problem : problems) {
            Object[] args = problem.args().stream()
                    .map(a -> a instanceof Technique ? messages.getMessage("technique." + ((Technique) a).name(), null,
                            ((Technique) a).name(), locale) : a)
                    .toArray();
            byField.computeIfAbsent(problem.field(), f -> new ArrayList<>())
                    .add(messages.getMessage(problem.key(), args, problem.key(), locale));
        }
        return byField;
    }
}
