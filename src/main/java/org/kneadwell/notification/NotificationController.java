package org.kneadwell.notification;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.AuditEvent;
import org.kneadwell.shared.AuditEvent.Outcome;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletRequest;

/** The admin's view of the outbox, and dismissing one's own alerts. */
@Controller
class NotificationController {

    private static final int OUTBOX_ROWS = 200;

    private final Outbox outbox;
    private final Alerts alerts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationController(Outbox outbox, Alerts alerts, ApplicationEventPublisher events, Clock clock) {
        this.outbox = outbox;
        this.alerts = alerts;
        this.events = events;
        this.clock = clock;
    }

    /** The latest e-mails (one-time links masked); every view is audited with the number of messages shown. */
    @GetMapping("/admin/outbox")
    @RouteAccess(Audience.ADMIN)
    String outbox(Model model, @AuthenticationPrincipal CurrentUser admin, HttpServletRequest request) {
        List<OutboxMessage> latest = outbox.latest(OUTBOX_ROWS);
        events.publishEvent(new AuditEvent(clock.instant(), admin.publicId(), admin.role().name(), "outbox.viewed",
                null, "outbox", String.valueOf(latest.size()), request.getRemoteAddr(), Outcome.SUCCESS));
        model.addAttribute("messages", latest);
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
