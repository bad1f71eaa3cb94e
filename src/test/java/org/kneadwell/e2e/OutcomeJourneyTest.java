package org.kneadwell.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kneadwell.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * Issue 12: the demo patient sees an RMDQ due on the home page, answers it, keeps the pain diary (a refused entry
 * keeps what was typed), and the chart's outcomes show the updated plots and the change from baseline.
 * Screenshots at 1280 and 390 px.
 */
@TestPropertySource(properties = "kneadwell.test.database=outcome-journey")
class OutcomeJourneyTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoPatientAnswersADueRmdqAndADiaryEntryAndSeesTheProgress() {
        UUID jordan = jdbc.sql("select public_id from patient where given_name = 'Jordan'").query(UUID.class).single();
        BrowserContext context = browser.newContext(baseUrl());
        Page page = BrowserSteps.signIn(context, Demo.PATIENT);

        page.navigate("/");
        assertThat(page.locator("#outcomes-due li[data-instrument=RMDQ]")).containsText("Roland-Morris");
        assertThat(page.locator("#outcomes-due li[data-instrument=STRESS]")).containsText("overdue");
        page.locator("#outcomes-due li[data-instrument=RMDQ] a").click();
        assertThat(page.locator("h1")).hasText("Roland-Morris Disability Questionnaire");
        page.getByLabel("3. I walk more slowly than usual because of my back.").check();
        page.getByLabel("13. My back is painful almost all the time.").check();
        page.getByLabel("17. I only walk short distances because of my back.").check();
        page.locator("#questionnaire-form button[type=submit]").click();

        assertThat(page).hasURL(Pattern.compile("/patients/" + jordan + "\\?answered=RMDQ"));
        assertThat(page.locator("#outcome-answered")).isVisible();
        assertThat(page.locator("#summary-rmdq")).hasText(
                "Back-related disability (Roland-Morris) down 11 points (79%) since baseline, a clinically important change.");
        assertThat(page.locator("#plot-rmdq circle")).hasCount(4);
        assertThat(page.locator("#outcome-due li[data-instrument=RMDQ]")).hasCount(0);

        page.navigate("/patients/" + jordan + "/diary");
        page.getByLabel("Note (optional)").fill("Long walk, felt fine");
        page.locator("#diary-form button[type=submit]").click();
        assertThat(page.locator("#pain-error")).isVisible();
        assertThat(page.getByLabel("Note (optional)")).hasValue("Long walk, felt fine");
        page.locator("label[for=pain_1]").click();
        page.locator("#diary-form button[type=submit]").click();
        assertThat(page.locator("#diary-saved")).isVisible();
        assertThat(page.locator("#diary-table tbody tr").first()).containsText("Long walk, felt fine");

        page.navigate("/patients/" + jordan + "#outcomes");
        assertThat(page.locator("#pain-summary")).hasText(
                "Pain down 6 points (86%) since baseline, a clinically important change.");
        assertThat(page.locator("#pain-plot .diary-point title").last()).hasText("Pain 1");
        assertThat(page.locator("#pain-plot .session-pair")).hasCount(10);
        assertThat(page.locator("#pain-plot .mcid-band")).hasCount(1);
        assertThat(page.locator("#pain-table tbody tr").first()).containsText("Patient");
        assertThat(page.locator("#outcomes-due")).hasCount(0);
        assertThat(page.locator("#pain-map-summary")).containsText("No longer marked since");
        assertThat(page.locator("#pain-map-summary")).containsText("sacrum");
        assertThat(page.locator("#pain-map figure")).hasCount(2);
        shoot(page, "outcomes-jordan");
        page.locator("#pain-map").scrollIntoViewIfNeeded();
        BrowserSupport.screenshot(page, "pain-map-jordan-1280");
        page.setViewportSize(390, 844);
        page.locator("#pain-map").scrollIntoViewIfNeeded();
        BrowserSupport.screenshot(page, "pain-map-jordan-390");
    }

    private static void shoot(Page page, String name) {
        for (int width : new int[] { 1280, 390 }) {
            page.setViewportSize(width, width == 390 ? 844 : 900);
            page.locator("#outcomes").scrollIntoViewIfNeeded();
            BrowserSupport.screenshot(page, name + "-" + width);
        }
        page.setViewportSize(1280, 900);
    }
}
