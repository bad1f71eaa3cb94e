package org.kneadwell.screening;

import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page of sources behind the rules. (The safety page after an intake composes clearance too: see web.) */
@Controller
class ScreeningController {

    private final EvidenceSources evidence;

    ScreeningController(EvidenceSources evidence) {
        this.evidence = evidence;
    }

    @GetMapping("/evidence")
    @RouteAccess(Audience.SIGNED_IN)
    String sources(Model model) {
        model.addAttribute("sources", evidence.all());
        return "screening/evidence";
    }
}
