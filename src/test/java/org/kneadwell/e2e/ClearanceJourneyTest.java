package org.kneadwell.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kneadwell.support.Demo;
import org.kneadwell.support.TotpCodes;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A new patient on blood thinners submits an intake that needs clearance; the demo clinician approves it with a
 * scope; the therapist then sees what may be done today and the ranked recommendations.
 */
class ClearanceJourneyTest extends BrowserJourney {

    @Test
    void aClearedPatientsTherapistSeesEffectiveSafetyAndRankedRecommendations() {
        String base = baseUrl();
        BrowserContext therapistContext = browser.newContext(base);
        Page maya = BrowserSteps.signIn(therapistContext, Demo.THERAPIST);
        BrowserSteps.registerPatient(maya, "Clara", "Clearwater", "clara.clearwater@example.org");
        maya.getByLabel("Add to care team").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Dr Priya Shah (Clinician)"));
        maya.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to care team")).click();
        assertThat(maya.locator("#care-team")).containsText("Dr Priya Shah");

        BrowserContext patientContext = browser.newContext(base);
        Page clara = BrowserSteps.inviteAndActivate(maya, patientContext, mail, "clara.clearwater@example.org",
                "a long swim before breakfast");
        clara.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start my intake")).click();
        BrowserSteps.fillIntake(clara, null, "Blood thinners (for example warfarin, heparin, apixaban, rivaroxaban, clopidogrel)");
        assertThat(clara.locator("main")).containsText("A clinician will check first");
        patientContext.close();

        BrowserContext clinicianContext = browser.newContext(base);
        Page priya = BrowserSteps.signIn(clinicianContext, Demo.CLINICIAN, Demo.PASSWORD,
                TotpCodes.fresh(Demo.CLINICIAN, totp));
        priya.locator("#home-queue").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Clara Clearwater")).click();
        assertThat(priya.locator("main h1")).containsText("Clearance for Clara Clearwater");
        priya.locator("#decision-APPROVE").check(); // nothing is preselected: the clinician chooses
        priya.getByLabel("Reason (or your question to the care team)")
                .fill("INR stable on warfarin; light Swedish massage is appropriate. Watch for bruising.");
        priya.locator("#technique-HOT_STONE").uncheck();
        priya.locator("#cap-SWEDISH").fill("9");
        priya.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(priya.locator("#decision-errors")).containsText("Pressure cap for Swedish massage");
        assertThat(priya.locator("#decision-errors")).not().containsText("scope.");
        priya.locator("#cap-SWEDISH").fill("2");
        priya.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(BrowserSteps.flash(priya)).containsText("Approved");
        BrowserSupport.screenshot(priya, "clearance-approved-queue");
        clinicianContext.close();

        maya.navigate("/");
        maya.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clearwater, Clara")).click();
        assertThat(maya.locator("#clearance-status")).containsText("Cleared by the clinician");
        assertThat(maya.locator("#effective-table tr[data-technique='SWEDISH']")).containsText("Allowed today");
        assertThat(maya.locator("#effective-table tr[data-technique='SWEDISH']")).containsText("at most level 2 of 5");
        assertThat(maya.locator("#effective-table tr[data-technique='DEEP_TISSUE']")).containsText("Not today");
        assertThat(maya.locator("#effective-table tr[data-technique='HOT_STONE']")).containsText("Not today");
        assertThat(maya.locator("#recommendations li[data-technique]")).hasCount(1);
        assertThat(maya.locator("#recommendations li[data-technique='SWEDISH']")).containsText("Swedish");
        assertThat(maya.locator("#recommendations")).containsText("exercise");
        assertThat(maya).hasURL(Pattern.compile("/patients/[0-9a-f-]+$"));
        BrowserSupport.screenshot(maya, "clearance-therapist-effective-safety");
        therapistContext.close();
    }
}
