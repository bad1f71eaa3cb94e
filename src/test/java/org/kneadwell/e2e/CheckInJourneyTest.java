package org.kneadwell.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kneadwell.support.Demo;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The therapist's day (issue 11, items 1 and 2): Maya Chen opens today's calendar, sees the blocked session and the
 * patient who checked in, opens Hannah Schmidt's session and checks her in at the desk, and sees the check-in done.
 */
@TestPropertySource(properties = "kneadwell.test.database=check-in-journey")
class CheckInJourneyTest extends BrowserJourney {

    @Test
    void theTherapistOpensTodayAndChecksAPatientInAtTheDesk() {
        BrowserContext context = browser.newContext(baseUrl());
        Page maya = BrowserSteps.signIn(context, Demo.THERAPIST);
        assertThat(maya.locator("#today-sessions")).containsText("Hannah Schmidt");

        maya.navigate("/sessions");
        assertThat(maya.locator("#calendar")).containsText("Blocked by safety");
        assertThat(maya.locator("#calendar")).containsText("Checked in");
        assertThat(maya.locator("#calendar")).containsText("No-show");
        BrowserSupport.screenshot(maya, "check-in-1-today");
        maya.setViewportSize(390, 844);
        BrowserSupport.screenshot(maya, "check-in-1-today-390");
        maya.setViewportSize(1280, 900);

        maya.locator("#next").click();
        assertThat(maya.locator("#previous")).isVisible();
        maya.locator("#today").click();
        maya.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hannah Schmidt")).click();
        assertThat(maya.locator("#check-in-missing")).isVisible();
        maya.locator("#check-in-link").click();
        maya.locator("#painNow").selectOption("4");
        maya.locator("#check-in-submit").click();

        assertThat(maya.locator("#check-in-done")).containsText("at the desk");
        assertThat(maya.locator("#check-in-pain")).containsText("4 out of 10");
        assertThat(maya.locator("#stop-banner")).hasCount(0);
        BrowserSupport.screenshot(maya, "check-in-2-done");
        maya.navigate("/sessions");
        Locator hannah = maya.locator(".session-entry", new Page.LocatorOptions().setHasText("Hannah Schmidt"));
        assertThat(hannah).containsText("Checked in");
    }
}
