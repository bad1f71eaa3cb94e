package org.kneadwell.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.support.Demo;
import org.kneadwell.support.DemoDay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClinicSettings clinic;

    @Autowired
    Clock clock;

    @Test
    void theTherapistOpensTodayAndChecksAPatientInAtTheDesk() {
        BrowserContext context = browser.newContext(baseUrl());
        Page maya = BrowserSteps.signIn(context, Demo.THERAPIST);
        LocalDate hannahsDay = day("Hannah", "BOOKED");
        if (hannahsDay.equals(clinic.today(clock))) {
            assertThat(maya.locator("#today-sessions")).containsText("Hannah Schmidt");
        }

        maya.navigate("/sessions?day=" + day("David", "BOOKED"));
        assertThat(maya.locator("#calendar")).containsText("Blocked by safety");
        maya.navigate("/sessions?day=" + day("Jordan", "BOOKED"));
        assertThat(maya.locator("#calendar")).containsText("Checked in");
        maya.navigate("/sessions?day=" + day("Kofi", "NO_SHOW"));
        assertThat(maya.locator("#calendar")).containsText("No-show");
        maya.navigate("/sessions");
        BrowserSupport.screenshot(maya, "check-in-1-today");
        maya.setViewportSize(390, 844);
        BrowserSupport.screenshot(maya, "check-in-1-today-390");
        maya.setViewportSize(1280, 900);

        maya.locator("#next").click();
        assertThat(maya.locator("#previous")).isVisible();
        maya.locator("#today").click();
        maya.navigate("/sessions?day=" + hannahsDay);
        maya.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hannah Schmidt")).click();
        assertThat(maya.locator("#check-in-missing")).isVisible();
        maya.locator("#check-in-link").click();
        maya.locator("#painNow").selectOption("4");
        maya.locator("#check-in-submit").click();

        assertThat(maya.locator("#check-in-done")).containsText("at the desk");
        assertThat(maya.locator("#check-in-pain")).containsText("4 out of 10");
        assertThat(maya.locator("#stop-banner")).hasCount(0);
        BrowserSupport.screenshot(maya, "check-in-2-done");
        maya.navigate("/sessions?day=" + hannahsDay);
        Locator hannah = maya.locator(".session-entry", new Page.LocatorOptions().setHasText("Hannah Schmidt"));
        assertThat(hannah).containsText("Checked in");
    }

    private LocalDate day(String given, String status) {
        return DemoDay.of(jdbc, clock, clinic.zone(), given, status);
    }
}
