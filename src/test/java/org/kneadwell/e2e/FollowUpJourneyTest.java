package org.kneadwell.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kneadwell.support.Demo;

/**
 * The demo patient answers the 48-hour follow-up of a past session from their home page (on a desk and on a phone),
 * is told what is missing without losing what they chose, and their therapist reads the reaction on the chart.
 */
class FollowUpJourneyTest extends BrowserJourney {

    @Test
    void theDemoPatientAnswersAFollowUpAndTheTherapistSeesTheReactionOnTheChart() {
        BrowserContext context = browser.newContext(baseUrl());
        Page jordan = BrowserSteps.signIn(context, Demo.PATIENT);
        assertThat(jordan.locator("#follow-ups-due")).containsText("How have you been since your session?");
        jordan.locator("#follow-ups-due").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Answer a few questions")).first().click();
        assertThat(jordan.locator("main h1")).hasText("How have you been since your session?");
        BrowserSupport.screenshot(jordan, "follow-up-form-1280");
        jordan.setViewportSize(390, 844);
        BrowserSupport.screenshot(jordan, "follow-up-form-390");
        jordan.setViewportSize(1280, 900);

        jordan.locator("#soreness-MILD").check();
        jordan.locator("#bruising-NONE").check();
        jordan.locator("#helpfulness-VERY").check();
        jordan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();

        assertThat(jordan.locator("#follow-up-errors")).containsText("Nothing was saved");
        assertThat(jordan.locator("#painNow-error")).containsText("Choose how bad your pain is now");
        assertThat(jordan.locator("#soreness-MILD")).isChecked();
        assertThat(jordan.locator("#helpfulness-VERY")).isChecked();

        jordan.locator("#painNow-2").check();
        jordan.getByLabel("Headache").selectOption("MILD");
        jordan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();

        assertThat(jordan.getByRole(AriaRole.STATUS).first()).containsText("Thank you");
        assertThat(jordan.locator("#follow-up-answered")).containsText("2 out of 10");
        assertThat(jordan.locator("#follow-up-answered")).containsText("Muscle soreness");
        assertThat(jordan.locator("#follow-up-answered")).containsText("Very helpful");
        BrowserSupport.screenshot(jordan, "follow-up-answered-1280");
        jordan.setViewportSize(390, 844);
        BrowserSupport.screenshot(jordan, "follow-up-answered-390");
        context.close();

        BrowserContext staff = browser.newContext(baseUrl());
        Page maya = BrowserSteps.signIn(staff, Demo.THERAPIST);
        maya.navigate("/patients");
        maya.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ellis, Jordan")).first().click();
        assertThat(maya.locator("#adverse-events")).containsText("Headache");
        assertThat(maya.locator("#adverse-events")).containsText("Bruising");
        assertThat(maya.locator("#adverse-events")).containsText("Moderate");
        BrowserSupport.screenshot(maya, "follow-up-chart-adverse-events");
        staff.close();
    }
}
