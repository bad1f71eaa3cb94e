package org.kneadwell.identity;

import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST. */
@Controller
class SignInController {

    @GetMapping("/login")
    @RouteAccess(Audience.PUBLIC)
    String login() {
        return "identity/login";
    }
}
