package org.kneadwell.scheduling;

import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The care team has reviewed a session that was put up for review: the mark goes (see {@link SessionReviews}). */
@Controller
class SessionReviewController {

    private final SessionReviews reviews;

    SessionReviewController(SessionReviews reviews) {
        this.reviews = reviews;
    }

    @PostMapping("/appointments/{appointment}/reviewed")
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String reviewed(@PathVariable UUID appointment, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        try {
            Appointment session = reviews.reviewed(user, appointment);
            redirect.addFlashAttribute("notice", "review.done");
            return "redirect:/patients/" + session.patientId() + "#appointments";
        } catch (BookingRefusedException refused) {
            redirect.addFlashAttribute("problem", refused.fieldErrors().values().iterator().next());
        }
        return "redirect:/";
    }
}
