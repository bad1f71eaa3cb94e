package org.kneadwell.web;

import java.util.UUID;

import org.kneadwell.clearance.PatientSafety;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.screening.SafetySummary;
import org.kneadwell.screening.Screenings;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The safety page after an intake: effective safety today first (a later screen never lifts a hold on its own,
 * screening contract §5), then what the latest screen says technique by technique. It composes the screening and
 * clearance modules, so it lives here.
 */
@Controller
class SafetyPageController {

    private final PatientRecords patients;
    private final Screenings screenings;
    private final PatientSafety safety;

    SafetyPageController(PatientRecords patients, Screenings screenings, PatientSafety safety) {
        this.patients = patients;
        this.screenings = screenings;
        this.safety = safety;
    }

    @GetMapping("/patients/{id}/screening")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String result(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        var patient = patients.require(user, id, PatientAction.VIEW_CLINICAL);
        var latest = screenings.latest(user, id);
        if (latest.isEmpty()) {
            return "redirect:/patients/" + id + "/intake";
        }
        model.addAttribute("patient", patient);
        model.addAttribute("summary", SafetySummary.of(latest.get()));
        model.addAttribute("safetyToday", safety.today(user, id));
        model.addAttribute("plain", !user.role().isStaff());
        return "screening/result";
    }
}
