package org.kneadwell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kneadwell.support.Demo;
import org.kneadwell.support.TotpCodes;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/**
 * Pages log nothing to the browser console: no Content Security Policy violation (htmx's indicator style used to
 * be blocked on every page), no script error, no failed resource. Covers a few pages of every role, the sign-in
 * page and Swagger UI.
 */
class NoConsoleErrorsTest extends BrowserJourney {

    @Test
    void signInPageAndSwaggerUiLogNoErrors() {
        try (BrowserContext context = browser.newContext(baseUrl())) {
            Page page = context.newPage();
            List<String> errors = errorsOf(page);

            visit(page, "/login");
            page.navigate("/swagger-ui/index.html");
            page.locator(".opblock").first().waitFor();
            page.waitForLoadState(LoadState.NETWORKIDLE);

            assertThat(errors).as("console errors").isEmpty();
        }
    }

    @Test
    void everyRolesPagesLogNoErrors() {
        assertNoErrors(Demo.PATIENT, null, "/", "/therapists", "/evidence");
        assertNoErrors(Demo.THERAPIST, null, "/", "/patients", "/therapist/availability", "/therapists");
        assertNoErrors(Demo.CLINICIAN, TotpCodes.fresh(Demo.CLINICIAN, totp), "/", "/clearances", "/patients");
        assertNoErrors(Demo.ADMIN, TotpCodes.fresh(Demo.ADMIN, totp), "/", "/admin/users", "/admin/audit",
                "/admin/policy", "/admin/outbox");
    }

    private void assertNoErrors(String email, String totpCode, String... paths) {
        try (BrowserContext context = browser.newContext(baseUrl())) {
            Page page = BrowserSteps.signIn(context, email, Demo.PASSWORD, totpCode);
            List<String> errors = errorsOf(page);
            for (String path : paths) {
                visit(page, path);
            }
            assertThat(errors).as("console errors on %s's pages", email).isEmpty();
        }
    }

    private static List<String> errorsOf(Page page) {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) || "warning".equals(message.type())
                    && message.text().contains("Content Security Policy")) {
                errors.add(page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> errors.add(page.url() + ": " + error));
        return errors;
    }

    private static void visit(Page page, String path) {
        page.navigate(path);
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }
}
