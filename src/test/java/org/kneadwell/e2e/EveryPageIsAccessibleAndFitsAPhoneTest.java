package org.kneadwell.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kneadwell.clearance.ClearanceRequest;
import org.kneadwell.e2e.PagesByRole.DemoRole;
import org.kneadwell.e2e.PagesByRole.PageVisit;
import org.kneadwell.identity.AccountStatus;
import org.kneadwell.identity.Role;
import org.kneadwell.plan.PlanStatus;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.screening.policy.TriageTier;
import org.kneadwell.shared.Technique;
import org.kneadwell.support.Demo;
import org.kneadwell.support.TotpCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * Every page of every demo role, at a desk width (1280 px) and a phone width (390 px): axe-core finds no
 * serious or critical accessibility problem, nothing is wider than a phone's screen, every
 * button, menu link, field and tick box is at least 44 px high on a phone, the keyboard's focus ring is a clear
 * 2 px line or more, and no internal code
 * (UPPER_SNAKE_CASE, red-flag ids such as RF15, message keys, enum names, literal *markup*) reaches the visible
 * text.
 * A screenshot of each page at each width is kept at {@code target/screenshots/<role>-<page>-<width>.png}.
 * <p>
 * With {@code KNEADWELL_PAGE_CHECKS=answers} only the database's part is checked: every page answers and shows no
 * code. CI sets it for its PostgreSQL build, which runs beside the H2 build on the same two cores: axe, tap
 * targets, overflow, focus ring and menu judge markup, CSS and script rendered from the same demo clinic, so the
 * H2 build's run of them says all they can say, and they are most of this test's time.
 */
class EveryPageIsAccessibleAndFitsAPhoneTest extends BrowserJourney {

    static final int DESK = 1280;
    static final int PHONE = 390;
    private static final List<String> SERIOUS = List.of("serious", "critical");
    private static final Pattern SNAKE_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    private static final Pattern RED_FLAG_ID = Pattern.compile("\\bRF\\d+\\b");
    private static final Pattern MESSAGE_KEY = Pattern.compile("\\b[a-z]+\\.[a-z]+[A-Z][A-Za-z]*\\.[A-Za-z_]+\\b");
    /** Markdown emphasis that was meant to be rendered ("*Low back pain*"). */
    private static final Pattern LITERAL_MARKUP = Pattern.compile("\\*[^*\\s][^*\\n]*\\*");
    private static final Pattern ENUM_NAME = Pattern.compile("\\b(" + Stream.of(Technique.values(),
            TechniqueStatus.values(), TriageTier.values(), PlanStatus.values(), AccountStatus.values(), Role.values(),
            ClearanceRequest.Status.values()).flatMap(Arrays::stream).map(Enum::name).distinct()
            .collect(Collectors.joining("|")) + ")\\b");

    /** The innermost elements that reach past the right edge of the screen, to say where an overflow comes from. */
    private static final String WIDEST_ELEMENTS = """
            () => { const w = document.documentElement.clientWidth;
              const out = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1
                  && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1));
              return out.slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                  + ' "' + (e.textContent || '').trim().slice(0, 40) + '"').join('; '); }
            """;

    /** Buttons, menu links, fields and tick boxes (with their labels) under 44 px high, as "what (height)". */
    private static final String SMALL_TAP_TARGETS = """
            () => [...document.querySelectorAll('button, .btn, .nav-link, .navbar-toggler, .form-control, .form-select, .form-check')]
              .filter(e => e.offsetParent !== null && !e.closest('.visually-hidden, .visually-hidden-focusable'))
              .filter(e => e.getBoundingClientRect().height < 44)
              .slice(0, 5)
              .map(e => e.tagName.toLowerCase() + '.' + String(e.className).trim().split(/\\s+/).join('.')
                  + ' "' + (e.textContent || e.name || '').trim().slice(0, 30) + '" ('
                  + Math.round(e.getBoundingClientRect().height) + ' px)')
            """;

    private static final int FOCUS_STEPS = 12;
    /** The focused element, described, when its outline is not a visible line of at least 2 px; else null. */
    private static final String FOCUS_RING = """
            () => { const e = document.activeElement;
              if (!e || e === document.body) return null;
              const s = getComputedStyle(e);
              const ok = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
              return ok ? null : e.tagName.toLowerCase() + '.' + String(e.className).trim().split(/\\s+/).join('.')
                  + ' "' + (e.textContent || e.name || '').trim().slice(0, 30) + '"'; }
            """;

    private static final boolean ANSWERS_ONLY = "answers".equals(System.getenv("KNEADWELL_PAGE_CHECKS"));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.kneadwell.therapist.Availability availability;

    @Autowired
    org.kneadwell.shared.ClinicSettings clinic;

    @Autowired
    org.kneadwell.identity.Invitations invitations;

    @Autowired
    org.kneadwell.identity.AccountDirectory accounts;

    @ParameterizedTest(name = "{0}")
    @EnumSource(DemoRole.class)
    void everyPageOfTheRoleHasNoSeriousAccessibilityProblemNoOverflowAndNoCodes(DemoRole role) throws IOException {
        Map<String, String> ids = DemoRecordIds.of(jdbc, availability, clinic);
        if (role == DemoRole.SIGNED_OUT) {
            ids.put("invitationToken", newInvitationToken());
        }
        Files.createDirectories(BrowserSupport.SCREENSHOTS);
        List<String> problems = new ArrayList<>();
        List<String> report = new ArrayList<>();
        int seriousViolations = 0;
        StepTimes times = new StepTimes();
        try (BrowserContext context = browser.newContext(baseUrl())) {
            Page page = role.email == null ? context.newPage() : BrowserSteps.signIn(context, role.email, Demo.PASSWORD,
                    Demo.needsTotp(role.email) ? TotpCodes.fresh(role.email, totp) : null);
            for (PageVisit visit : PagesByRole.of(role)) {
                for (int width : new int[] {DESK, PHONE}) {
                    page.setViewportSize(width, width == PHONE ? 844 : 900);
                    String where = role.name().toLowerCase() + "-" + visit.name() + "-" + width;
                    Response response;
                    try {
                        response = times.of("navigate", () -> page.navigate(visit.resolved(ids)));
                    } catch (PlaywrightException failed) {
                        problems.add(where + ": " + visit.path() + " did not load: " + failed.getMessage().lines()
                                .findFirst().orElse(""));
                        continue;
                    }
                    if (response == null || response.status() >= 400) {
                        problems.add(where + ": " + visit.path() + " answered "
                                + (response == null ? "nothing" : response.status()));
                        continue;
                    }
                    if (ANSWERS_ONLY) {
                        codesIn(page.innerText("body")).forEach(code -> problems.add(where + ": shows the code " + code));
                        continue;
                    }
                    times.of("screenshot", () -> BrowserSupport.screenshot(page, where));
                    List<Rule> serious = times.of("axe", () -> seriousViolations(page));
                    seriousViolations += serious.size();
                    report.add(where + ": " + serious.size() + " serious or critical axe violations"
                            + serious.stream().map(rule -> " " + rule.getId()).collect(Collectors.joining()));
                    serious.forEach(rule -> problems.add(where + ": axe " + rule.getImpact() + " " + rule.getId() + " ("
                            + rule.getHelp() + ") at " + rule.getNodes().stream().limit(3)
                                    .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "))));
                    long checksStarted = System.nanoTime();
                    if (width == PHONE) {
                        @SuppressWarnings("unchecked")
                        List<String> small = (List<String>) page.evaluate(SMALL_TAP_TARGETS);
                        small.forEach(target -> problems.add(where + ": a tap target under 44 px: " + target));
                        int overflow = horizontalOverflow(page);
                        if (overflow > 0) {
                            problems.add(where + ": the page is " + overflow + " px wider than the screen, at "
                                    + page.evaluate(WIDEST_ELEMENTS));
                        }
                    }
                    if (width == DESK) {
                        faintFocus(page).forEach(control -> problems.add(where + ": no clear focus ring on " + control));
                    }
                    if (width == PHONE && visit.path().equals("/")) {
                        openTheMenu(page, where, problems);
                    }
                    String text = page.innerText("body");
                    Files.writeString(BrowserSupport.SCREENSHOTS.resolve(where + ".txt"), text);
                    codesIn(text).forEach(code -> problems.add(where + ": shows the code " + code));
                    times.add("other checks", System.nanoTime() - checksStarted);
                }
            }
        }
        Files.createDirectories(BrowserSupport.SCREENSHOTS);
        report.add(role + " total serious or critical axe violations: " + seriousViolations);
        report.add(role + " time spent: " + times);
        Files.write(BrowserSupport.SCREENSHOTS.resolve("axe-" + role.name().toLowerCase() + ".txt"), report);
        Files.write(BrowserSupport.SCREENSHOTS.resolve("problems-" + role.name().toLowerCase() + ".txt"), problems);
        assertTrue(problems.isEmpty(), () -> role + " pages have " + problems.size() + " problems:\n"
                + String.join("\n", problems));
    }

    /** Where the test's time goes, step by step, for the report (the test is the longest of the build). */
    private static final class StepTimes {

        private final Map<String, Long> nanos = new LinkedHashMap<>();

        <T> T of(String step, Supplier<T> work) {
            long started = System.nanoTime();
            try {
                return work.get();
            } finally {
                add(step, System.nanoTime() - started);
            }
        }

        void add(String step, long elapsed) {
            nanos.merge(step, elapsed, Long::sum);
        }

        @Override
        public String toString() {
            return nanos.entrySet().stream().map(e -> e.getKey() + " " + String.format("%.1f s", e.getValue() / 1e9))
                    .collect(Collectors.joining(", "));
        }
    }

    /**
     * Tabs through the first controls of the page as a keyboard user would and names each whose focus ring is
     * missing or thinner than 2 px.
     */
    private static List<String> faintFocus(Page page) {
        List<String> faint = new ArrayList<>();
        for (int i = 0; i < FOCUS_STEPS; i++) {
            page.keyboard().press("Tab");
            String problem = (String) page.evaluate(FOCUS_RING);
            if (problem != null && !faint.contains(problem)) {
                faint.add(problem);
            }
        }
        return faint;
    }

    /** On a phone the menu hides behind its button; the button opens it (Bootstrap's script, allowed by the CSP). */
    @SuppressWarnings("unchecked")
    private static void openTheMenu(Page page, String where, List<String> problems) {
        Locator firstLink = page.locator("#main-menu .nav-link").first();
        if (firstLink.isVisible()) {
            problems.add(where + ": the menu is open before its button is pressed");
            return;
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
        try {
            firstLink.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(5_000));
        } catch (PlaywrightException notShown) {
            problems.add(where + ": the menu button does not open the menu");
            return;
        }
        page.waitForTimeout(400); // Bootstrap's collapse animation
        BrowserSupport.screenshot(page, where.replace("-home-", "-menu-"));
        ((List<String>) page.evaluate(SMALL_TAP_TARGETS))
                .forEach(target -> problems.add(where + ": a tap target under 44 px in the menu: " + target));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
    }

    /**
     * axe-core's violations of serious or critical impact. axe runs in the page itself ({@code legacyMode}): the
     * default mode opens a blank page for every run to merge the results of the page's frames, and our pages have
     * no frames; that blank page was most of the test's time. Only violations are asked for in detail
     * ({@code resultTypes}), so axe does not list every element that passed.
     */
    private static List<Rule> seriousViolations(Page page) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder(page).setLegacyMode(true).options(options).analyze().getViolations().stream()
                .filter(rule -> SERIOUS.contains(rule.getImpact()))
                .toList();
    }

    /** How many CSS pixels the document is wider than the viewport (0 when it fits). */
    private static int horizontalOverflow(Page page) {
        Object overflow = page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        return ((Number) overflow).intValue();
    }

    /** The internal codes a person would see on the page, each once. */
    static List<String> codesIn(String visibleText) {
        List<String> codes = new ArrayList<>();
        for (Pattern pattern : List.of(SNAKE_CODE, RED_FLAG_ID, MESSAGE_KEY, ENUM_NAME, LITERAL_MARKUP)) {
            Matcher matcher = pattern.matcher(visibleText);
            while (matcher.find()) {
                if (!codes.contains(matcher.group())) {
                    codes.add(matcher.group());
                }
            }
        }
        return codes;
    }

    /**
     * The token of a new invitation, which only its e-mail holds (the demo's pending invitation's token is stored
     * nowhere): the page a new staff member opens first is checked like every other.
     */
    private String newInvitationToken() {
        String email = "robin.sweep." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        invitations.invite(accounts.findByEmail(Demo.ADMIN).orElseThrow().asCurrentUser(), email, "Robin Sweep",
                Role.THERAPIST, null);
        String path = mail.invitationPathTo(email);
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
