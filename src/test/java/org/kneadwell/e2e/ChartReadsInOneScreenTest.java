package org.kneadwell.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * Issue 10, item 2: a chart opens with a summary (safety today, next session, plan progress, open alerts) and a
 * section navigation in the first screen; the sections follow; source tags are folded into one "Sources"
 * disclosure per row; and a limit is said once. Screenshots of two demo charts at 1280 and 390 px are kept. The demo
 * clinic is a database of its own, as other tests change its accounts (Amara Okafor's sign-in among them).
 */
@TestPropertySource(properties = "kneadwell.test.database=chart-summary")
class ChartReadsInOneScreenTest extends BrowserJourney {

    private static final String AMARA = "amara.okafor@demo.kneadwell.org";

    @Autowired
    JdbcClient jdbc;

    @Test
    void theChartOpensWithASummaryAndASectionNavigationInTheFirstScreen() {
        Page amara = chartOf(AMARA, "Schmidt");
        assertThat(amara.locator("#summary-safety")).containsText("Safety today");
        assertThat(amara.locator("#chart-summary")).containsText("May be done today:");
        assertThat(amara.locator("#summary-plan")).containsText("Draft plan of 10 sessions");
        // The demo therapist sees her today (issue 11): the next session is that one.
        assertThat(amara.locator("#summary-next")).containsText("with Maya Chen: Swedish massage");
        assertThat(amara.locator("#chart-badge [data-badge]")).hasAttribute("data-badge", "RESTRICTED");
        assertThat(amara.locator("#summary-alerts")).hasAttribute("data-open-alerts", "0");

        List<String> order = (List<String>) amara.evaluate("""
                () => ['chart-summary', 'chart-nav', 'effective-safety', 'safety', 'clearance', 'plan', 'appointments',
                       'adverse-events', 'intake-answers', 'care-team', 'record-access']
                  .map(id => document.getElementById(id))
                  .map((el, i, all) => i === 0 ? 'first' :
                       (all[i - 1].compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before'))""");
        assertThat(order).as("summary, navigation, then the sections in order").containsOnly("first", "after");

        List<String> targets = amara.locator("#chart-nav a").evaluateAll("as => as.map(a => a.getAttribute('href'))")
                instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        assertThat(targets).as("the sections, and the patient's messages page (issue 13)").containsExactly(
                "#effective-safety", "#clearance", "#recommendations", "#plan", "#outcomes",
                "/patients/" + jdbc.sql("select public_id from patient where family_name = 'Schmidt'")
                        .query(UUID.class).single() + "/messages", "#appointments", "#adverse-events", "#intake-answers", "#details",
                "#care-team", "#record-access");
        for (String target : targets.stream().filter(t -> t.startsWith("#")).toList()) {
            assertThat(amara.locator(target)).hasCount(1);
        }
        Number broken = (Number) amara.evaluate("[...document.querySelectorAll('main a[href^=\"#\"]')]"
                + ".filter(a => !document.getElementById(a.getAttribute('href').slice(1))).length");
        assertThat(broken.intValue()).as("every in-page link has its target").isZero();
        double navBottom = ((Number) amara.evaluate(
                "document.getElementById('chart-nav').getBoundingClientRect().bottom")).doubleValue();
        assertThat(navBottom).as("the summary and the navigation fit the first screen (900 px)").isLessThan(900);
        amara.locator("#chart-nav a[href='#intake-answers']").click();
        amara.waitForFunction("() => Math.abs(document.getElementById('chart-nav').getBoundingClientRect().top) < 1"
                + " && document.getElementById('intake-heading').getBoundingClientRect().top"
                + " >= document.getElementById('chart-nav').getBoundingClientRect().bottom");
        assertThat(amara.locator("#chart-nav")).isInViewport();
        assertThat(amara.locator("#intake-heading")).isInViewport();
        shoot(amara, "chart-hannah-by-amara");
    }

    @Test
    void sourceTagsAreFoldedAndLimitsAreSaidOnce() {
        Page amara = chartOf(AMARA, "Schmidt");
        Number bare = (Number) amara.evaluate(
                "[...document.querySelectorAll('main a[href*=\"/evidence#\"]')].filter(a => !a.closest('details')).length");
        assertThat(bare.intValue()).as("every source tag is inside a Sources disclosure").isZero();
        assertThat(amara.locator("#effective-limits li details.sources summary").first())
                .hasText(java.util.regex.Pattern.compile("Sources \\(\\d+\\)"));
        assertThat(amara.locator("#safety th:text-is('Why')")).hasCount(0);

        String limit = amara.locator("#effective-limits li").first().locator("> span").nth(1).textContent().trim();
        assertThat(limit).contains("Pregnancy");
        Number times = (Number) amara.evaluate("t => document.querySelector('main').innerText.split(t).length - 1", limit);
        assertThat(times.intValue()).as("the pregnancy limit is said once on the chart").isEqualTo(1);
        assertThat(amara.locator("#effective-limits li")).hasCount(1);
        assertThat(amara.locator("#effective-table tr[data-technique='SWEDISH']")).containsText("Limit 1");
        assertThat(amara.locator("#effective-limits li").first()).containsText("(all techniques)");

        assertThat(amara.locator("#intake-history")).not().hasAttribute("open", "");
        assertThat(amara.locator("#record-access details")).not().hasAttribute("open", "");
        assertThat(amara.locator("#record-access tbody tr").first()).isHidden();
        amara.locator("#record-access summary").click();
        assertThat(amara.locator("#record-access tbody tr").first()).isVisible();
    }

    @Test
    void aBlockedNextSessionIsMarkedInTheSummaryAndThePhoneChartFits() {
        Page maya = chartOf(Demo.THERAPIST, "Ellis");
        assertThat(maya.locator("#summary-plan")).containsText("Session ");
        assertThat(maya.locator("#summary-plan")).containsText(" of ");
        assertThat(maya.locator("#summary-next")).containsText("with Maya Chen");
        shoot(maya, "chart-jordan-by-maya");
        maya.setViewportSize(390, 844);
        Number overflow = (Number) maya.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("no page wider than the phone").isLessThanOrEqualTo(0);

        Page jordan = chartOf(Demo.PATIENT, "Ellis");
        assertThat(jordan.locator("#chart-summary")).containsText("Next session");
        assertThat(jordan.locator("#techniques-heading")).hasText("Which kinds of massage suit you");
        assertThat(jordan.locator("#chart-nav a[href='#record-access']")).hasCount(0);
        // the demo's one alert for Jordan: the message with the progress report Maya sent his clinician
        assertThat(jordan.locator("#summary-alerts")).containsText("1 for you");
        Number broken = (Number) jordan.evaluate("[...document.querySelectorAll('main a[href^=\"#\"]')]"
                + ".filter(a => !document.getElementById(a.getAttribute('href').slice(1))).length");
        assertThat(broken.intValue()).as("every in-page link on a chart without limits has its target").isZero();
        shoot(jordan, "chart-jordan-by-jordan");
    }

    private Page chartOf(String email, String family) {
        UUID id = jdbc.sql("select public_id from patient where family_name = ?").param(family).query(UUID.class)
                .single();
        BrowserContext context = browser.newContext(baseUrl());
        Page page = BrowserSteps.signIn(context, email);
        page.navigate("/patients/" + id);
        return page;
    }

    private static void shoot(Page page, String name) {
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, width == 390 ? 844 : 900);
            page.evaluate("window.scrollTo(0, 0)");
            Object height = page.evaluate("document.documentElement.scrollHeight");
            System.out.println("HEIGHT " + name + " " + width + " " + height);
            BrowserSupport.screenshot(page, name + "-after-" + width);
        }
        page.setViewportSize(1280, 900);
    }
}
