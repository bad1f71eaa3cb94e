package org.kneadwell.screening;

import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The result of the latest screen, emergency instruction first; and the page of sources behind the rules. */
@Controller
class ScreeningController {

    private final Screenings screenings;
    private final PatientRecords patients;
    private final EvidenceSources evidence;

    ScreeningController(Screenings screenings, PatientRecords patients, EvidenceSources evidence) {
        this.screenings = screenings;
        this.patients = patients;
        this.evidence = evidence;
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
        model.addAttribute("plain", !user.role().isStaff());
        return "screening/result";
    }

    @GetMapping("/evidence")
    @RouteAccess(Audience.SIGNED_IN)
    String sources(Model model) {
        model.addAttribute("sources", evidence.all());
        return "screening/evidence";
    }
}
