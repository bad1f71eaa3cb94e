package org.kneadwell.identity;

import java.util.Map;

import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import jakarta.servlet.http.HttpServletRequest;

/** Where an invited person sets a password (and enrols an authenticator app) through their one-time link. */
@Controller
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitations/{token}")
    @RouteAccess(Audience.PUBLIC)
    String show(@PathVariable String token, Model model) {
        model.addAttribute("invitation", invitations.pending(token)
                .orElseThrow(Invitations.InvitationUnavailableException::new));
        model.addAttribute("token", token);
        model.addAttribute("errors", Map.of());
        return "identity/invitation";
    }

    @PostMapping("/invitations/{token}")
    @RouteAccess(Audience.PUBLIC)
    String accept(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, @RequestParam(required = false) String totp,
            Model model, HttpServletRequest request) {
        Map<String, String> errors = invitations.accept(token, password, confirmation, totp, request.getRemoteAddr());
        if (errors.isEmpty()) {
            return "redirect:/login?activated";
        }
        model.addAttribute("invitation", invitations.pending(token)
                .orElseThrow(Invitations.InvitationUnavailableException::new));
        model.addAttribute("token", token);
        model.addAttribute("errors", errors);
        return "identity/invitation";
    }

    @ExceptionHandler(Invitations.InvitationUnavailableException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unavailable() {
        return "identity/invitation-unavailable";
    }
}
