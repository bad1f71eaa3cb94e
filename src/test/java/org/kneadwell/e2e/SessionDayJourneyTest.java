package org.kneadwell.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kneadwell.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A session from the therapist's day to the patient's follow-up (issue 11): Maya Chen opens today, checks Hannah
 * Schmidt in at the desk (pregnant: hot stone only with warm stones), writes the note from the check-in (the pain she
 * gave is already filled in), keeps the hot stones within today's limit and signs; she invites Hannah to an account,
 * Hannah answers the 48-hour follow-up waiting on her home page (that of her session a week ago: today's becomes due
 * only 48 hours from now), and the chart shows the session's pain before and after, the regions painful and treated,
 * and the reactions. Runs on a demo clinic of its own: it changes Hannah's record.
 */
@TestPropertySource(properties = "kneadwell.test.database=session-day-journey")
class SessionDayJourneyTest extends BrowserJourney {

    private static final String HANNAH_EMAIL = "hannah.schmidt@example.org";

    @Autowired
    JdbcClient jdbc;

    @Test
    void fromTheTherapistsDayToThePatientsFollowUp() {
        UUID hannah = jdbc.sql("select public_id from patient where family_name = 'Schmidt'").query(UUID.class).single();
        BrowserContext staff = browser.newContext(baseUrl());
        Page maya = BrowserSteps.signIn(staff, Demo.THERAPIST);

        maya.navigate("/sessions");
        Locator entry = maya.locator(".session-entry", new Page.LocatorOptions().setHasText("Hannah Schmidt"));
        assertThat(entry).containsText("Not checked in");
        entry.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hannah Schmidt")).click();
        maya.locator("#check-in-link").click();
        maya.locator("#painNow").selectOption("5");
        maya.locator("#check-in-submit").click();
        assertThat(maya.locator("#check-in-done")).containsText("at the desk");
        assertThat(maya.locator("#stop-banner")).hasCount(0);

        maya.locator("#write-note").click();
        assertThat(maya.locator("h1")).containsText("Session note: Hannah Schmidt");
        assertThat(maya.getByLabel("Pain before the session (0–10)")).hasValue("5");
        maya.locator("fieldset.bodymap-picker").first().locator("input[value='LOWER_BACK_LEFT']").check();
        maya.locator("fieldset.bodymap-picker").first().locator("input[value='SACRUM']").check();
        maya.getByLabel("The patient's report").fill("Ache low in the back after a day on her feet.");
        maya.locator("#row-0-technique").selectOption("HOT_STONE");
        maya.locator("#row-0 input[value='LOWER_BACK_LEFT']").check();
        maya.locator("#row-0 input[value='LOWER_BACK_RIGHT']").check();
        maya.locator("#row-0-pressure").fill("2");
        maya.locator("#row-0-minutes").fill("30");
        maya.locator("#row-0-stone").fill("46");
        maya.locator("#row-0-stone").dispatchEvent("change");
        assertThat(maya.locator("#row-0-check")).containsText("Within today's limits.");
        maya.getByLabel("Pain after the session (0–10)").fill("2");
        maya.getByLabel("The patient's own words").fill("Warm and easy; I can stand longer.");
        maya.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign").setExact(true)).click();
        assertThat(BrowserSteps.flash(maya)).containsText("Note signed.");
        assertThat(maya.locator("main")).containsText("Pain 5 → 2");
        assertThat(maya.locator("main figure").nth(0)).containsText("Base of the spine (sacrum)");
        assertThat(maya.locator("main figure").nth(1)).containsText("Lower back, right side");
        BrowserSupport.screenshot(maya, "session-day-1-signed-1280");
        maya.setViewportSize(390, 844);
        BrowserSupport.screenshot(maya, "session-day-1-signed-390");
        maya.setViewportSize(1280, 900);

        maya.navigate("/sessions");
        assertThat(maya.locator(".session-entry", new Page.LocatorOptions().setHasText("Hannah Schmidt")))
                .containsText("Note signed");

        maya.navigate("/patients/" + hannah);
        BrowserContext own = browser.newContext(baseUrl());
        Page patient = BrowserSteps.inviteAndActivate(maya, own, mail, HANNAH_EMAIL, "Quiet-river-morning-42");
        assertThat(patient.locator("#follow-ups-due")).containsText("How have you been since your session?");
        patient.locator("#follow-ups-due").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Answer a few questions")).first().click();
        patient.locator("#painNow-3").check();
        patient.locator("#soreness-MILD").check();
        patient.locator("#bruising-NONE").check();
        patient.locator("#helpfulness-VERY").check();
        patient.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
        assertThat(patient.getByRole(AriaRole.STATUS).first()).containsText("Thank you");
        BrowserSupport.screenshot(patient, "session-day-2-follow-up-answered-1280");
        own.close();

        maya.navigate("/patients/" + hannah);
        assertThat(maya.locator("#session-notes")).containsText("5 → 2");
        assertThat(maya.locator("#session-notes")).containsText("Base of the spine (sacrum)");
        assertThat(maya.locator("#adverse-events")).containsText("Muscle soreness");
        assertThat(maya.locator("#follow-ups")).containsText("3 out of 10");
        BrowserSupport.screenshot(maya, "session-day-3-chart-1280");
        maya.setViewportSize(390, 844);
        BrowserSupport.screenshot(maya, "session-day-3-chart-390");
        staff.close();
    }
}
