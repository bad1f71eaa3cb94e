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

        assertThat(jordan.getByRole(AriaRole.STATUS)).containsText("Your session is booked.");
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

        jordan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke my calendar links")).click();
        HttpResponse<String> revoked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(link.replaceFirst("^https?://[^/]+", baseUrl()))).build(), HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(revoked.statusCode()).isEqualTo(404);
        context.close();
    }
}
