package org.kneadwell.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The therapist writes and signs a session note in a real browser: Amara Okafor opens Hannah Schmidt's chart
 * (pregnant, so hot stone is restricted to warm stones and the abdomen is avoided), writes yesterday's note; the
 * row check says at once that 52 °C is too hot today, and that 46 °C on the low back is within the limits; she
 * signs, and the session shows pain before and after beside the pain and treated body maps; the chart counts it.
 */
@TestPropertySource(properties = "kneadwell.test.database=note-journey")
class SessionNoteJourneyTest extends BrowserJourney {

    private static final String AMARA = "amara.okafor@demo.kneadwell.org";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTherapistWritesAndSignsANoteWithARestrictedTechniqueWithinItsLimits() {
        UUID hannah = jdbc.sql("select public_id from patient where family_name = 'Schmidt'").query(UUID.class).single();
        BrowserContext context = browser.newContext(baseUrl());
        Page amara = BrowserSteps.signIn(context, AMARA);
        amara.navigate("/patients/" + hannah);
        assertThat(amara.locator("#session-notes")).containsText("Signed");
        assertThat(amara.locator("#session-notes")).containsText("Beyond today's limits");
        amara.locator("#session-notes").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Write note")).first().click();

        assertThat(amara.locator("h1")).containsText("Session note: Hannah Schmidt");
        amara.getByLabel("Pain before the session (0–10)").fill("5");
        amara.locator("fieldset.bodymap-picker").first().locator("input[value='LOWER_BACK_LEFT']").check();
        amara.locator("fieldset.bodymap-picker").first().locator("input[value='SACRUM']").check();
        amara.getByLabel("The patient's report").fill("Low back ache after a long day on her feet.");
        amara.locator("#row-0-technique").selectOption("HOT_STONE");
        amara.locator("#row-0 input[value='LOWER_BACK_LEFT']").check();
        amara.locator("#row-0 input[value='LOWER_BACK_RIGHT']").check();
        amara.locator("#row-0-pressure").fill("2");
        amara.locator("#row-0-minutes").fill("40");
        amara.locator("#row-0-stone").fill("52");
        amara.locator("#row-0-stone").dispatchEvent("change");
        assertThat(amara.locator("#row-0-check")).containsText("Stones at most 49 °C today");
        amara.locator("#row-0-stone").fill("46");
        amara.locator("#row-0-stone").dispatchEvent("change");
        assertThat(amara.locator("#row-0-check")).containsText("Within today's limits.");
        amara.getByLabel("Pain after the session (0–10)").fill("2");
        amara.getByLabel("The patient's own words").fill("The warmth helped; I can stand longer.");
        amara.setViewportSize(1280, 900);
        noSeriousAxeViolations(amara);
        BrowserSupport.screenshot(amara, "note-1-written-1280");
        amara.setViewportSize(390, 844);
        noSeriousAxeViolations(amara);
        BrowserSupport.screenshot(amara, "note-1-written-390");

        amara.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign").setExact(true)).click();
        assertThat(BrowserSteps.flash(amara)).containsText("Note signed.");
        assertThat(amara.locator("main")).containsText("Pain 5 → 2");
        assertThat(amara.locator("main figure").nth(0)).containsText("Where it hurt");
        assertThat(amara.locator("main figure").nth(0)).containsText("Base of the spine (sacrum)");
        assertThat(amara.locator("main figure").nth(1)).containsText("Where it was treated");
        assertThat(amara.locator("main figure").nth(1)).containsText("Lower back, right side");
        assertThat(amara.locator("main")).containsText("46 °C");
        amara.setViewportSize(1280, 900);
        noSeriousAxeViolations(amara);
        BrowserSupport.screenshot(amara, "note-2-signed-session-1280");
        amara.setViewportSize(390, 844);
        BrowserSupport.screenshot(amara, "note-2-signed-session-390");
        org.assertj.core.api.Assertions.assertThat(amara.locator("a:has-text('Open note'), a:has-text('Write note')")
                .count()).as("a signed note offers no way to edit it").isZero();

        amara.navigate("/patients/" + hannah);
        assertThat(amara.locator("#session-notes")).containsText("5 → 2");
        assertThat(amara.locator("#session-notes")).not().containsText("Write note");
        amara.setViewportSize(1280, 900);
        BrowserSupport.screenshot(amara, "note-3-chart-sessions-1280");
        context.close();
    }

    private static void noSeriousAxeViolations(Page page) {
        List<Rule> serious = new AxeBuilder(page).analyze().getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        org.assertj.core.api.Assertions.assertThat(serious).extracting(Rule::getId).isEmpty();
    }
}
