package org.kneadwell.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.support.Demo;
import org.kneadwell.support.TotpCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Screening contract §5 in a real browser, with the demo clinic's own patient (in a database of its own, since it
 * puts him on hold): Jordan Ellis answers "yes" to saddle numbness and is told on that step to go to an emergency
 * department; he then sends the intake without red flags and massage stays on hold, his booked sessions blocked;
 * Dr Priya Shah sees what changed and decides that no clearance is needed. At every step the therapist's home list
 * and the chart show the same state.
 */
@TestPropertySource(properties = "kneadwell.test.database=safety-journey")
class SafetyOverTimeJourneyTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCleanRescreenDoesNotLiftAHoldOnlyTheClinicianDoes() {
        UUID jordanId = jdbc.sql("select public_id from patient where family_name = 'Ellis'").query(UUID.class)
                .single();
        BrowserContext therapistContext = browser.newContext(baseUrl());
        Page maya = BrowserSteps.signIn(therapistContext, Demo.THERAPIST);
        org.assertj.core.api.Assertions.assertThat(stateOnHomeAndChart(maya, jordanId)).isEqualTo("CLEAR");

        BrowserContext patientContext = browser.newContext(baseUrl());
        Page jordan = BrowserSteps.signIn(patientContext, Demo.PATIENT);
        jordan.navigate("/patients/" + jordanId + "/intake/red-flags"); // his earlier answers fill the other steps
        BrowserSteps.fillIntakeUpToRedFlagsAgain(jordan, RedFlag.RF1);
        assertThat(jordan.locator("main > :first-child")).containsText("Go to an emergency department now");
        BrowserSupport.screenshot(jordan, "safety-1-emergency-on-the-step");
        org.assertj.core.api.Assertions.assertThat(stateOnHomeAndChart(maya, jordanId)).as("on hold as soon as the answer is saved")
                .isEqualTo("ON_HOLD");
        assertThat(maya.locator("#appointments")).containsText("Blocked by safety");
        assertThat(maya.locator("#summary-next")).containsText("Blocked by safety");
        assertThat(maya.locator("#summary-safety")).containsText("Nothing may be done today.");
        assertThat(maya.locator("#effective-limits")).containsText("saddle");
        assertThat(maya.locator("#left-out")).not().containsText("saddle"); // the hold's reason is said once
        BrowserSupport.screenshot(maya, "safety-2-chart-on-hold");

        jordan.navigate("/patients/" + jordanId + "/intake/red-flags");
        BrowserSteps.fillIntakeUpToRedFlagsAgain(jordan, null);
        BrowserSteps.fillIntakeAfterRedFlags(jordan, null);
        assertThat(jordan.locator("#safety-state")).containsText("Massage is on hold");
        BrowserSupport.screenshot(jordan, "safety-3-clean-resubmission-still-on-hold");
        jordan.setViewportSize(390, 844);
        BrowserSupport.screenshot(jordan, "safety-3-clean-resubmission-still-on-hold-390");
        org.assertj.core.api.Assertions.assertThat(stateOnHomeAndChart(maya, jordanId)).as("a clean screen does not lift the hold")
                .isEqualTo("ON_HOLD");

        BrowserContext clinicianContext = browser.newContext(baseUrl());
        Page priya = BrowserSteps.signIn(clinicianContext, Demo.CLINICIAN, Demo.PASSWORD,
                TotpCodes.fresh(Demo.CLINICIAN, totp));
        priya.locator("#home-queue").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Jordan Ellis"))
                .click();
        assertThat(priya.locator("#screen-changes")).containsText("Red flag no longer reported: Numbness in the saddle area");
        assertThat(priya.locator("#decision-APPROVE")).not().isChecked();
        BrowserSupport.screenshot(priya, "safety-4-clinician-sees-what-changed");
        priya.locator("#decision-NOT_NEEDED").check();
        priya.getByLabel("Reason (or your question to the care team)")
                .fill("Ticked in error: confirmed by phone, no numbness and no bladder or bowel change.");
        priya.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(BrowserSteps.flash(priya)).containsText("no clearance is needed");
        assertThat(priya.locator("main")).not().containsText("Jordan Ellis");

        org.assertj.core.api.Assertions.assertThat(stateOnHomeAndChart(maya, jordanId)).isEqualTo("CLEAR");
        assertThat(maya.locator("#appointments")).not().containsText("Blocked by safety");
        assertThat(maya.locator("#summary-next")).not().containsText("Blocked by safety");
        BrowserSupport.screenshot(maya, "safety-5-chart-clear-after-the-clinician");
        jordan.navigate("/");
        assertThat(jordan.locator("#safety-state")).not().containsText("on hold");
        patientContext.close();
        clinicianContext.close();
        therapistContext.close();
    }

    /** The badge on the therapist's home list and on the chart header, which must agree; the therapist ends on the chart. */
    private static String stateOnHomeAndChart(Page therapist, UUID patientId) {
        therapist.navigate("/");
        String onHome = therapist.locator("tr:has(a[href='/patients/" + patientId + "']) [data-badge]")
                .getAttribute("data-badge");
        therapist.navigate("/patients/" + patientId);
        String onChart = therapist.locator("#chart-badge [data-badge]").getAttribute("data-badge");
        org.assertj.core.api.Assertions.assertThat(onChart).as("the chart agrees with the home list").isEqualTo(onHome);
        assertThat(therapist.locator("#safety-state")).hasAttribute("data-badge", onChart);
        return onChart;
    }
}
