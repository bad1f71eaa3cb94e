package org.kneadwell.report;

import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chart's "Send the report to the clinician" button: the progress report goes to the supervising clinician as
 * a document in a new care-team thread, which the therapist lands on.
 */
@Controller
class ReportSendController {

    private final Reports reports;

    ReportSendController(Reports reports) {
        this.reports = reports;
    }

    @PostMapping("/patients/{id}/report/send")
    @RouteAccess(value = Audience.THERAPIST, patientData = true)
    String send(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser therapist, RedirectAttributes redirect) {
        try {
            UUID thread = reports.sendToClinician(therapist, id);
            redirect.addFlashAttribute("notice", "report.sent");
            return "redirect:/patients/" + id + "/threads/" + thread;
        } catch (Reports.NoClinicianException none) {
            redirect.addFlashAttribute("problem", "report.noClinician");
            return "redirect:/patients/" + id;
        }
    }
}
