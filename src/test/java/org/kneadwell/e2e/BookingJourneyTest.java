package org.kneadwell.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.kneadwell.support.Demo;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The demo patient finds a therapist who offers a technique their screen allows, books a session of their plan,
 * and sees it on their home page and in their calendar feed.
 */
class BookingJourneyTest extends BrowserJourney {

    @Test
    void theDemoPatientBooksASessionAndSeesItAtHomeAndInTheCalendarFeed() throws Exception {
        BrowserContext context = browser.newContext(baseUrl());
        Page jordan = BrowserSteps.signIn(context, Demo.PATIENT);
        int before = jordan.locator("#my-sessions li").count();
        jordan.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book a session")).click();

        jordan.locator("#technique").selectOption("SWEDISH");
        jordan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find therapists")).click();
        assertThat(jordan.locator("#therapist-results")).containsText("Maya Chen");
        jordan.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See free times with Maya Chen")).click();
        Locator firstSlot = jordan.locator("#slot-list button").first();
        String when = firstSlot.textContent().strip();
        BrowserSupport.screenshot(jordan, "booking-free-times");
        firstSlot.click();

        // The confirm step: who, where, when and what, before anything is booked; "Back" keeps the choices.
        assertThat(jordan.locator("main h1")).hasText("Check your booking");
        assertThat(jordan.locator("#confirm-therapist")).hasText("Maya Chen");
        assertThat(jordan.locator("#confirm-when")).hasText(when);
        assertThat(jordan.locator("#confirm-technique")).hasText("Swedish massage");
        assertThat(jordan.locator("#confirm-place")).not().containsText("Not known yet");
        BrowserSupport.screenshot(jordan, "booking-confirm");
        jordan.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back: change something")).click();
        assertThat(jordan.locator("#technique")).hasValue("SWEDISH");
        Locator chosen = jordan.locator("#slot-list button[aria-current='true']");
        assertThat(chosen).hasText(when);
        chosen.click();
        jordan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book this session")).click();

        assertThat(BrowserSteps.flash(jordan)).containsText("Your session is booked.");
        assertThat(jordan.locator("#my-sessions li")).hasCount(before + 1);
        assertThat(jordan.locator("#my-sessions")).containsText(when);

        jordan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Get a calendar link")).click();
        String link = jordan.locator("#calendar-link").textContent().strip();
        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(link.replaceFirst("^https?://[^/]+", baseUrl()))).build(), HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(feed.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(feed.body()).startsWith("BEGIN:VCALENDAR")
                .contains("SUMMARY:Massage session (swedish)").doesNotContain("Ellis");
        org.assertj.core.api.Assertions.assertThat(feed.body().split("BEGIN:VEVENT").length - 1).isGreaterThanOrEqualTo(before + 1);
        BrowserSupport.screenshot(jordan, "booking-home-with-session");

        jordan.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revoke my calendar links")).click();
        assertThat(jordan.locator("main h1")).hasText("Revoke your calendar links?");
        jordan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, revoke my calendar links")).click();
        assertThat(BrowserSteps.flash(jordan)).containsText("calendar links have been revoked");
        HttpResponse<String> revoked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(link.replaceFirst("^https?://[^/]+", baseUrl()))).build(), HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(revoked.statusCode()).isEqualTo(404);
        context.close();
    }

    /**
     * Cancelling asks first and needs a reason: sent without one, the page comes back with the error summary in view
     * and focused, linking to the reason; with one, the session is cancelled and the message shows on the home page.
     */
    @Test
    void theDemoPatientCancelsASessionAfterConfirmingWithAReason() {
        BrowserContext context = browser.newContext(baseUrl());
        Page jordan = BrowserSteps.signIn(context, Demo.PATIENT);
        int before = jordan.locator("#my-sessions li").count();
        org.assertj.core.api.Assertions.assertThat(before).isPositive();
        String when = jordan.locator("#my-sessions li strong").first().textContent().strip();
        jordan.locator("#my-sessions li").first().getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Cancel the session on " + when)).click();

        assertThat(jordan.locator("main h1")).hasText("Cancel this session?");
        assertThat(jordan.locator("#cancel-summary")).containsText(when);
        jordan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, cancel the session")).click();

        Locator summary = jordan.locator("[data-error-summary]");
        assertThat(summary).isVisible();
        assertThat(summary).isFocused();
        assertThat(summary).isInViewport();
        assertThat(summary.getByRole(AriaRole.LINK)).hasText("Give a reason for cancelling (up to 500 characters).");
        assertThat(jordan.locator("#reason-error")).isVisible();
        BrowserSupport.screenshot(jordan, "cancel-needs-a-reason");
        summary.getByRole(AriaRole.LINK).click();
        assertThat(jordan.locator("#reason")).isFocused();

        jordan.locator("#reason").fill("Travelling for work");
        jordan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, cancel the session")).click();
        assertThat(BrowserSteps.flash(jordan)).containsText("The session is cancelled");
        assertThat(jordan.locator("#my-sessions li")).hasCount(before - 1);
        context.close();
    }
}
