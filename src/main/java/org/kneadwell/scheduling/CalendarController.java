package org.kneadwell.scheduling;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.PublicAddress;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Calendar feed links: made and revoked by their owner, read by calendar apps with the link alone. */
@Controller
class CalendarController {

    private final CalendarFeeds feeds;
    private final PublicAddress address;

    CalendarController(CalendarFeeds feeds, PublicAddress address) {
        this.feeds = feeds;
        this.address = address;
    }

    @GetMapping("/calendar/{token}.ics")
    @RouteAccess(Audience.PUBLIC)
    @ResponseBody
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(ics -> ResponseEntity.ok().contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                        .header("Cache-Control", "no-store").body(ics))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @PostMapping("/calendar-links")
    @RouteAccess({ Audience.PATIENT, Audience.THERAPIST })
    String newLink(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("calendarLink", address.base() + "/calendar/" + feeds.newLink(user) + ".ics");
        return "redirect:/";
    }

    /** The confirm step before revoking one's calendar links: what stops working. Nothing changes here. */
    @GetMapping("/calendar-links/revoke")
    @RouteAccess({ Audience.PATIENT, Audience.THERAPIST })
    String confirmRevoke() {
        return "scheduling/calendar-revoke";
    }

    /** Revokes once confirmed on the page above; without the confirmation, asks for it first (changes nothing). */
    @PostMapping("/calendar-links/revoke")
    @RouteAccess({ Audience.PATIENT, Audience.THERAPIST })
    String revoke(@RequestParam(name = "confirmed", required = false) String confirmed,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (!"yes".equals(confirmed)) {
            return "scheduling/calendar-revoke";
        }
        feeds.revokeAll(user);
        redirect.addFlashAttribute("notice", "calendar.revoked");
        return "redirect:/";
    }
}
