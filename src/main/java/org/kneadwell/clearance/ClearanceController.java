package org.kneadwell.clearance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.screening.SafetySummary;
import org.kneadwell.screening.Screenings;
import org.kneadwell.screening.policy.Reason;
import org.kneadwell.screening.policy.ScreeningResult;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.screening.policy.TechniqueVerdict;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.kneadwell.shared.Technique;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clinician's clearance queue and decision page, and the therapist's request from the chart. */
@Controller
class ClearanceController {

    private final Clearances clearances;
    private final Screenings screenings;
    private final PatientSafety safety;
    private final ClinicSettings clinic;
    private final Clock clock;

    ClearanceController(Clearances clearances, Screenings screenings, PatientSafety safety, ClinicSettings clinic,
            Clock clock) {
        this.safety = safety;
        this.clearances = clearances;
        this.screenings = screenings;
        this.clinic = clinic;
        this.clock = clock;
    }

    @GetMapping("/clearances")
    @RouteAccess(value = Audience.CLINICIAN, patientData = true)
    String queue(@AuthenticationPrincipal CurrentUser clinician, Model model) {
        model.addAttribute("queue", clearances.queue(clinician));
        return "clearance/queue";
    }

    @GetMapping("/clearances/{id}")
    @RouteAccess(value = Audience.CLINICIAN, patientData = true)
    String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser clinician, Model model) {
        return page(id, clinician, model, Map.of(), null);
    }

    @PostMapping("/clearances/{id}/decision")
    @RouteAccess(value = Audience.CLINICIAN, patientData = true)
    String decide(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal CurrentUser clinician, Model model, RedirectAttributes redirect) {
        try {
            ClearanceDecision decision = clearances.decide(clinician, id, DecisionForm.read(form));
            redirect.addFlashAttribute("notice", "clearance.decided." + decision.kind());
            return "redirect:/clearances";
        } catch (InvalidDecisionException invalid) {
            return page(id, clinician, model, invalid.fieldErrors(), form);
        }
    }

    @PostMapping("/patients/{id}/clearance-requests")
    @RouteAccess(value = Audience.THERAPIST, patientData = true)
    String request(@PathVariable UUID id, @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal CurrentUser therapist, RedirectAttributes redirect) {
        try {
            Clearances.Asked asked = clearances.request(therapist, id, note);
            redirect.addFlashAttribute("notice", asked.addedToOpen() ? "clearance.requested.note" : "clearance.requested");
        } catch (InvalidDecisionException invalid) {
            redirect.addFlashAttribute("problem", invalid.fieldErrors().values().iterator().next());
        }
        redirect.addFlashAttribute("flashSection", "effective-safety");
        return "redirect:/patients/" + id + "#effective-safety";
    }

    /** One contraindication the clinician could lift, and whether the policy allows it (absolute ones never). */
    record LiftOption(Technique technique, Reason reason, boolean absolute) {
        public String value() {
            return technique.name() + ":" + reason.code();
        }
    }

    private String page(UUID id, CurrentUser clinician, Model model, Map<String, String> errors,
            MultiValueMap<String, String> submitted) {
        Clearances.QueueItem item = clearances.open(clinician, id);
        var latest = screenings.latest(clinician, item.patient().publicId()).orElseThrow();
        ScreeningResult screen = latest.result();
        SafetyToday today = safety.today(clinician, item.patient().publicId());
        model.addAttribute("item", item);
        model.addAttribute("summary", SafetySummary.of(latest));
        model.addAttribute("safetyToday", today);
        model.addAttribute("decided", item.request().isOpen() ? null
                : clearances.decisionOn(clinician, item.request()).orElse(null));
        model.addAttribute("liftOptions", liftOptions(screen));
        model.addAttribute("techniques", Technique.values());
        // Nothing is preselected for a patient on hold: the clinician chooses every technique (issue 8, item 5).
        model.addAttribute("suggestedTechniques", today.onHold() ? List.of() : screen.conditionVerdicts().stream()
                .filter(v -> v.status() != TechniqueStatus.CONTRAINDICATED).map(TechniqueVerdict::technique).toList());
        model.addAttribute("defaultHeat", today.onHold() ? "NONE" : "STANDARD");
        model.addAttribute("mayDecideNotNeeded", !screen.clearanceRequired() && !screen.triage().massageOnHold());
        model.addAttribute("regions", BodyRegion.values());
        model.addAttribute("defaultValidUntil", clinic.today(clock).plusMonths(3));
        model.addAttribute("maxValidUntil", clinic.today(clock).plusMonths(DecisionParser.MAX_MONTHS));
        model.addAttribute("errors", errors);
        model.addAttribute("submitted", submitted);
        return "clearance/decide";
    }

    private static List<LiftOption> liftOptions(ScreeningResult screen) {
        List<LiftOption> options = new ArrayList<>();
        for (TechniqueVerdict verdict : screen.conditionVerdicts()) {
            if (verdict.status() == TechniqueStatus.CONTRAINDICATED) {
                for (Reason reason : verdict.reasons()) {
                    options.add(new LiftOption(verdict.technique(), reason,
                            reason.condition().map(c -> AbsoluteContraindications.isAbsolute(c, screen)).orElse(true)));
                }
            }
        }
        return options;
    }
}
