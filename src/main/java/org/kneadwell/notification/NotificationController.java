package org.kneadwell.notification;

import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The admin's view of the outbox, and dismissing one's own alerts. */
@Controller
class NotificationController {

    private static final int OUTBOX_ROWS = 200;

    private final Outbox outbox;
    private final Alerts alerts;

    NotificationController(Outbox outbox, Alerts alerts) {
        this.outbox = outbox;
        this.alerts = alerts;
    }

    @GetMapping("/admin/outbox")
    @RouteAccess(Audience.ADMIN)
    String outbox(Model model) {
        model.addAttribute("messages", outbox.latest(OUTBOX_ROWS));
        model.addAttribute("smtpConfigured", outbox.smtpConfigured());
        return "notification/outbox";
    }

    @PostMapping("/alerts/{id}/dismiss")
    @RouteAccess(Audience.SIGNED_IN)
    String dismiss(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        alerts.dismiss(user.accountId(), id);
        return "redirect:/";
    }
}
