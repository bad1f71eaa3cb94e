package org.kneadwell.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.support.Demo;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The intake in a real browser: a new patient, invited by their therapist, reports saddle numbness and is told to
 * go to an emergency department on that very step (the therapist is alerted at once), then again, alone, on the
 * result; a therapist completes an ordinary intake with another new
 * patient and sees every technique's verdict on the chart.
 */
class IntakeJourneyTest extends BrowserJourney {

    private BrowserContext context;

    @BeforeEach
    void openContext() {
        context = browser.newContext(baseUrl());
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void aPatientReportingSaddleNumbnessIsToldToGoToTheEmergencyDepartmentFirst() {
        Page maya = BrowserSteps.signIn(context, Demo.THERAPIST);
        BrowserSteps.registerPatient(maya, "Nadia", "Journeyman", "nadia.journeyman@example.org");
        BrowserContext own = browser.newContext(baseUrl());
        Page nadia = BrowserSteps.inviteAndActivate(maya, own, mail, "nadia.journeyman@example.org",
                "a quiet morning by the lake");

        nadia.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start my intake")).click();
        BrowserSteps.fillIntakeUpToRedFlags(nadia, RedFlag.RF1);

        assertThat(nadia.locator("main > :first-child")).containsText("Go to an emergency department now");
        assertThat(nadia.locator("#emergency-saved")).containsText("Your care team has been told");
        BrowserSupport.screenshot(nadia, "intake-emergency-step");
        maya.navigate("/");
        assertThat(maya.locator("main")).containsText("Nadia Journeyman: emergency red flags on intake (Numbness in the saddle area)");
        BrowserSupport.screenshot(maya, "intake-emergency-therapist-alert");

        nadia.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continue the intake")).click();
        BrowserSteps.fillIntakeAfterRedFlags(nadia, null);

        assertThat(nadia).hasURL(Pattern.compile("/screening$"));
        assertThat(nadia.locator("main > :first-child")).containsText("Go to an emergency department now");
        assertThat(nadia.locator("#emergency-instruction")).containsText("Loss of feeling or pins and needles");
        assertThat(nadia.locator("main")).not().containsText("STarT Back");
        BrowserSupport.screenshot(nadia, "intake-emergency-result");
        own.close();
    }

    @Test
    void anOrdinaryIntakeShowsEachTechniquesVerdictOnTheChart() {
        Page maya = BrowserSteps.signIn(context, Demo.THERAPIST);
        BrowserSteps.registerPatient(maya, "Omar", "Everyday", "");
        maya.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start the intake")).click();
        BrowserSteps.fillIntake(maya, null, null);

        assertThat(maya).hasURL(Pattern.compile("/screening$"));
        maya.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the chart")).click();
        assertThat(maya.locator("#safety tr[data-technique]")).hasCount(5);
        assertThat(maya.locator("#safety tr[data-technique='SWEDISH']")).containsText("Suitable");
        assertThat(maya.locator("#safety tr[data-technique='DEEP_TISSUE']")).containsText("Suitable");
        assertThat(maya.locator("h1 .badge")).hasText("Clear");
        assertThat(maya.locator("#intake-answers")).containsText("18 months");
        BrowserSupport.screenshot(maya, "intake-ordinary-chart");
    }
}
