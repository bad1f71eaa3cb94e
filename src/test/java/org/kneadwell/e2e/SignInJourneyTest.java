package org.kneadwell.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.KneadwellTest;
import org.kneadwell.support.TotpCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/** Each demo role signs in through the real form, lands on its home page and signs out; wrong credentials fail. */
@KneadwellTest
class SignInJourneyTest {

    static final String PASSWORD = "demo-kneadwell";
    static final String TOTP_SECRET = "KNEADWELLDEMO234";

    /** The demo clinic's logins, what each one's home page says, and the role the navigation bar shows. */
    enum DemoLogin {
        ADMIN("admin@demo.kneadwell.org", "Alex Morgan", "Clinic admin", "Clinic health", true),
        CLINICIAN("clinician@demo.kneadwell.org", "Dr Priya Shah", "Clinician", "Hello, Dr Priya Shah", true),
        THERAPIST("therapist@demo.kneadwell.org", "Maya Chen", "Massage therapist", "Hello, Maya Chen", false),
        PATIENT("patient@demo.kneadwell.org", "Jordan Ellis", "Patient", "Hello, Jordan Ellis", false);

        final String email;
        final String displayName;
        final String roleLabel;
        final String heading;
        final boolean needsTotp;

        DemoLogin(String email, String displayName, String roleLabel, String heading, boolean needsTotp) {
            this.email = email;
            this.displayName = displayName;
            this.roleLabel = roleLabel;
            this.heading = heading;
            this.needsTotp = needsTotp;
        }
    }

    private static BrowserSupport browser;

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    private BrowserContext context;
    private Page page;
    private String shotPrefix;
    private int shot;

    /** When a test fails, keep a picture of what the browser showed (taken before the context closes). */
    @RegisterExtension
    final TestExecutionExceptionHandler screenshotOnFailure = (extension, error) -> {
        if (page != null && !page.isClosed()) {
            try {
                BrowserSupport.screenshot(page, shotPrefix + "-FAILED");
            } catch (RuntimeException screenshotFailed) {
                error.addSuppressed(screenshotFailed);
            }
        }
        throw error;
    };

    @BeforeAll
    static void startBrowser() {
        browser = BrowserSupport.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void openContext(TestInfo test) {
        context = browser.newContext("http://localhost:" + port);
        page = context.newPage();
        String method = test.getTestMethod().orElseThrow().getName();
        shotPrefix = test.getDisplayName().startsWith(method + "(") ? method : method + "-" + test.getDisplayName();
        shot = 0;
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DemoLogin.class)
    void eachRoleSignsInLandsOnItsHomeAndSignsOut(DemoLogin login) {
        page.navigate("/login");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        step("sign-in-form");

        String code = login.needsTotp
                ? TotpCodes.fresh(login.email, totp)
                : null;
        signIn(login.email, PASSWORD, code);
        step("credentials-entered");
        submitSignIn();

        assertThat(page).hasURL(Pattern.compile("^http://localhost:" + port + "/$"));
        assertThat(page.locator("main h1")).hasText(login.heading);
        assertThat(page.locator("header nav")).containsText(login.displayName + " · " + login.roleLabel);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
        step("home");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile("/login\\?signedOut$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("You have signed out.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).hasCount(0);
        step("signed-out");

        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile("/login$"));
        step("home-needs-sign-in-again");
    }

    @Test
    void wrongPasswordShowsTheSignInError() {
        page.navigate("/login");
        signIn(DemoLogin.THERAPIST.email, "not-the-demo-password", null);
        step("wrong-password-entered");
        submitSignIn();

        assertThat(page).hasURL(Pattern.compile("/login\\?error$"));
        assertThat(page.locator("#signin-error")).isVisible();
        assertThat(page.locator("#signin-error")).containsText("Sign-in failed");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).hasCount(0);
        step("sign-in-error");
    }

    private void signIn(String email, String password, String totpCode) {
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(password);
        if (totpCode != null) {
            page.locator("#totp").fill(totpCode);
        }
    }

    /** Submits the sign-in form; the server must answer the POST with a redirect, not a server error. */
    private void submitSignIn() {
        Response response = page.waitForResponse(
                r -> r.request().method().equals("POST") && r.url().endsWith("/login"),
                () -> page.locator("form[action$='/login'] button[type=submit]").click());
        assertTrue(response.status() == 302,
                () -> "POST /login answered " + response.status() + " instead of a redirect (302); see the server log");
    }

    private void step(String name) {
        shot++;
        BrowserSupport.screenshot(page, String.format("%s-%02d-%s", shotPrefix, shot, name));
    }
}
