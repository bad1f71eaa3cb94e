package org.kneadwell.screening;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Cause;
import org.kneadwell.shared.Goal;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.kneadwell.shared.Technique;
import org.kneadwell.patient.PatientNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The intake, filled in by the patient from their account or by their therapist or clinician with them: one
 * step per page, each saved as it is left, then submitted for the safety screen.
 */
@Controller
@RequestMapping("/patients/{id}/intake")
@RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
class IntakeController {

    /** The body areas in the groups the body map's list uses (fragments/bodymap.html), for each condition's areas. */
    private static final Map<String, List<BodyRegion>> REGION_GROUPS = regionGroups();

    private static Map<String, List<BodyRegion>> regionGroups() {
        Map<String, List<BodyRegion>> groups = new java.util.LinkedHashMap<>();
        groups.put("headNeck", List.of(BodyRegion.HEAD, BodyRegion.NECK, BodyRegion.ANTERIOR_NECK));
        groups.put("back", List.of(BodyRegion.UPPER_BACK_LEFT, BodyRegion.UPPER_BACK_RIGHT, BodyRegion.MID_BACK_LEFT,
                BodyRegion.MID_BACK_RIGHT, BodyRegion.LOWER_BACK_LEFT, BodyRegion.LOWER_BACK_RIGHT, BodyRegion.SACRUM));
        groups.put("armsTrunk", List.of(BodyRegion.SHOULDER_LEFT, BodyRegion.SHOULDER_RIGHT, BodyRegion.ARM_LEFT,
                BodyRegion.ARM_RIGHT, BodyRegion.CHEST, BodyRegion.ABDOMEN));
        groups.put("hipsLegs", List.of(BodyRegion.GLUTEAL_LEFT, BodyRegion.GLUTEAL_RIGHT,
                BodyRegion.ANTERIOR_THIGH_LEFT, BodyRegion.ANTERIOR_THIGH_RIGHT, BodyRegion.POSTERIOR_THIGH_LEFT,
                BodyRegion.POSTERIOR_THIGH_RIGHT, BodyRegion.CALF_LEFT, BodyRegion.CALF_RIGHT, BodyRegion.FOOT_LEFT,
                BodyRegion.FOOT_RIGHT));
        return java.util.Collections.unmodifiableMap(groups);
    }

    private final IntakeDrafts drafts;
    private final Screenings screenings;
    private final PatientRecords patients;

    IntakeController(IntakeDrafts drafts, Screenings screenings, PatientRecords patients) {
        this.drafts = drafts;
        this.screenings = screenings;
        this.patients = patients;
    }

    @GetMapping
    String start(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        drafts.show(user, id);
        return "redirect:/patients/" + id + "/intake/" + IntakeStep.PAIN.slug();
    }

    @GetMapping("/{step}")
    String show(@PathVariable UUID id, @PathVariable String step, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        IntakeStep current = IntakeStep.fromSlug(step).orElseThrow(PatientNotFoundException::new);
        return page(id, current, drafts.show(user, id), Map.of(), user, model);
    }

    @PostMapping("/{step}")
    String save(@PathVariable UUID id, @PathVariable String step, @RequestParam MultiValueMap<String, String> form,
            @RequestParam(defaultValue = "next") String go, @AuthenticationPrincipal CurrentUser user, Model model) {
        IntakeStep current = IntakeStep.fromSlug(step).orElseThrow(PatientNotFoundException::new);
        IntakeDrafts.StepOutcome outcome = drafts.answer(user, id, current, form);
        IntakeDrafts.Shown saved = new IntakeDrafts.Shown(outcome.draft(), outcome.draft().answers());
        if (!outcome.errors().isEmpty()) {
            model.addAttribute("submitted", form);
            model.addAttribute("emergency", outcome.emergency());
            return page(id, current, saved, outcome.errors(), user, model);
        }
        if (go.equals("submit")) {
            return submit(id, user, model);
        }
        IntakeStep target = go.equals("back") ? current.previous().orElse(current) : current.next().orElse(current);
        if (outcome.emergency()) {
            return emergencyFirst(id, current, target, go.equals("exit"), saved, user, model);
        }
        if (go.equals("exit")) {
            return "redirect:" + finishLater(id, user);
        }
        return "redirect:/patients/" + id + "/intake/" + target.slug();
    }

    /**
     * The step's response when its answers call for an emergency department now (screening contract §2.1): the
     * instruction first, then the way on, whichever button was pressed, so no one leaves without having seen it.
     */
    private String emergencyFirst(UUID id, IntakeStep current, IntakeStep target, boolean leaving,
            IntakeDrafts.Shown saved, CurrentUser user, Model model) {
        model.addAttribute("emergency", true);
        model.addAttribute("emergencySaved", true);
        model.addAttribute("continueTo", leaving ? current.next().orElse(current) : target);
        model.addAttribute("leaving", leaving);
        model.addAttribute("finishLater", finishLater(id, user));
        return page(id, current, saved, Map.of(), user, model);
    }

    /** Where "save and finish later" leads: staff back to the chart, the patient home. */
    private static String finishLater(UUID id, CurrentUser user) {
        return (user.role().isStaff() ? "/patients/" + id : "/") + "?draftSaved";
    }

    private String submit(UUID id, CurrentUser user, Model model) {
        Screenings.Submission submission = screenings.submit(user, id);
        if (!submission.accepted()) {
            model.addAttribute("missing", submission.missing());
            return page(id, IntakeStep.CONSENT, drafts.show(user, id), Map.of(), user, model);
        }
        return "redirect:/patients/" + id + "/screening";
    }

    @ExceptionHandler(Screenings.NoDraftException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String noDraft(Model model) {
        model.addAttribute("problemKey", "intake.noDraft");
        return "error/409";
    }

    private String page(UUID id, IntakeStep step, IntakeDrafts.Shown shown, Map<String, String> errors,
            CurrentUser user, Model model) {
        var patient = patients.require(user, id, PatientAction.EDIT_CLINICAL);
        model.addAttribute("patient", patient);
        model.addAttribute("forSelf", user.role() == org.kneadwell.identity.Role.PATIENT);
        model.addAttribute("step", step);
        if (!Boolean.TRUE.equals(model.getAttribute("emergency"))) {
            // The red-flag step always opens with the instruction while its answers call for it.
            model.addAttribute("emergency", step == IntakeStep.RED_FLAGS && IntakeScreening.callsForEmergency(shown.answers()));
        }
        model.addAttribute("steps", IntakeStep.values());
        model.addAttribute("answers", shown.answers());
        model.addAttribute("draft", shown.draft());
        model.addAttribute("errors", errors);
        model.addAttribute("redFlags", RedFlag.values());
        model.addAttribute("conditionCodes", ConditionCode.values());
        model.addAttribute("regions", BodyRegion.values());
        model.addAttribute("causes", Cause.values());
        model.addAttribute("goals", Goal.values());
        model.addAttribute("techniques", Technique.values());
        model.addAttribute("medicines", Medicine.values());
        model.addAttribute("medicinesShown", ConditionGroups.medicinesShown(shown.answers()));
        model.addAttribute("conditionGroups", ConditionGroups.GROUPS);
        model.addAttribute("regionGroups", REGION_GROUPS);
        model.addAttribute("conditionsByCode", shown.answers().conditions().stream()
                .collect(java.util.stream.Collectors.toMap(ConditionAnswer::code, c -> c, (a, b) -> a)));
        model.addAttribute("startBackItems", List.of(1, 2, 3, 4, 5, 6, 7, 8));
        return "screening/intake";
    }
}
