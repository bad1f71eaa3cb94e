package org.kneadwell.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.notification.Outbox;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The intake in a real browser: a new patient, invited by their therapist, reports saddle numbness and is told to
 * go to an emergency department before anything else; a therapist completes an ordinary intake with another new
 * patient and sees every technique's verdict on the chart.
 */
@KneadwellTest
class IntakeJourneyTest {

    private static final Pattern INVITATION = Pattern.compile("/invitations/[A-Za-z0-9_-]+");
    private static BrowserSupport browser;

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    Outbox outbox;

    private BrowserContext context;

    @BeforeAll
    static void startBrowser() {
        browser = BrowserSupport.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext("http://localhost:" + port);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void aPatientReportingSaddleNumbnessIsToldToGoToTheEmergencyDepartmentFirst() {
        Page maya = signedIn(Demo.THERAPIST);
        register(maya, "Nadia", "Journeyman", "nadia.journeyman@example.org");
        maya.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite to an account")).click();
        assertThat(maya.getByRole(AriaRole.STATUS)).containsText("Invitation sent");

        String link = outbox.latest(20).stream().filter(m -> m.recipient().equals("nadia.journeyman@example.org"))
                .map(m -> INVITATION.matcher(m.body())).filter(Matcher::find).map(Matcher::group).findFirst().orElseThrow();
        Page nadia = context.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)).newPage();
        nadia.navigate(link);
        nadia.getByLabel("New password").fill("a quiet morning by the lake");
        nadia.getByLabel("Repeat the password").fill("a quiet morning by the lake");
        nadia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activate my account")).click();
        nadia.getByLabel("E-mail").fill("nadia.journeyman@example.org");
        nadia.getByLabel("Password").fill("a quiet morning by the lake");
        nadia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        nadia.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start my intake")).click();
        fillIntake(nadia, RedFlag.RF1);
        BrowserSupport.screenshot(nadia, "intake-emergency-before-send");
        nadia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();

        assertThat(nadia).hasURL(Pattern.compile("/screening$"));
        assertThat(nadia.locator("main > :first-child")).containsText("Go to an emergency department now");
        assertThat(nadia.locator("#emergency-instruction")).containsText("Loss of feeling or pins and needles");
        BrowserSupport.screenshot(nadia, "intake-emergency-result");
        nadia.context().close();

        maya.navigate("/");
        assertThat(maya.locator("main")).containsText("Nadia Journeyman: emergency red flags on intake (RF1)");
        BrowserSupport.screenshot(maya, "intake-emergency-therapist-alert");
    }

    @Test
    void anOrdinaryIntakeShowsEachTechniquesVerdictOnTheChart() {
        Page maya = signedIn(Demo.THERAPIST);
        register(maya, "Omar", "Everyday", "");
        maya.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start the intake")).click();
        fillIntake(maya, null);
        maya.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();

        assertThat(maya).hasURL(Pattern.compile("/screening$"));
        maya.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the chart")).click();
        assertThat(maya.locator("#safety tr[data-technique]")).hasCount(5);
        assertThat(maya.locator("#safety tr[data-technique='SWEDISH']")).containsText("Suitable");
        assertThat(maya.locator("#safety tr[data-technique='DEEP_TISSUE']")).containsText("Suitable");
        assertThat(maya.locator("h1 .badge")).hasText("Clear");
        assertThat(maya.locator("#intake-answers")).containsText("78 weeks");
        BrowserSupport.screenshot(maya, "intake-ordinary-chart");
    }

    private Page signedIn(String email) {
        Page page = context.newPage();
        page.navigate("/login");
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(Demo.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("main h1")).containsText("Hello");
        return page;
    }

    private static void register(Page staff, String given, String family, String email) {
        staff.navigate("/patients/new");
        staff.getByLabel("Given name").fill(given);
        staff.getByLabel("Family name").fill(family);
        staff.getByLabel("Date of birth").fill("1979-04-12");
        staff.getByLabel("E-mail").fill(email);
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(staff.locator("main h1")).containsText(given + " " + family);
    }

    /** Every step of the intake; {@code yes} is the one red flag answered yes (or none). */
    private static void fillIntake(Page page, RedFlag yes) {
        page.locator("#durationAmount").fill("18");
        page.locator("#durationUnit").selectOption("months");
        page.locator("#currentIntensity").fill("6");
        page.locator("#usualIntensity").fill("4");
        page.getByLabel("Gradually").check();
        next(page);
        page.locator("svg [data-region='LOWER_BACK_LEFT']").click();
        assertThat(page.locator("input[name='painRegions'][value='LOWER_BACK_LEFT']")).isChecked();
        page.locator("input[name='painRegions'][value='LOWER_BACK_RIGHT']").check();
        next(page);
        page.getByLabel("Posture (for example long hours sitting or driving)").check();
        next(page);
        for (RedFlag flag : RedFlag.values()) {
            page.locator("#" + flag.name() + "-" + (flag == yes ? "yes" : "no")).check();
        }
        next(page);
        next(page);
        page.getByLabel("Less pain").check();
        page.getByLabel("Medium").check();
        next(page);
        for (int item = 1; item <= 8; item++) {
            page.locator("#item" + item + "-disagree").check();
        }
        page.locator("#item9-SLIGHTLY").check();
        next(page);
        page.locator("#shareWithCareTeam-yes").check();
        page.locator("#contactOwnDoctor-yes").check();
    }

    private static void next(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
    }
}
