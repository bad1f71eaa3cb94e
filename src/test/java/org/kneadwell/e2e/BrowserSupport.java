package org.kneadwell.e2e;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Playwright driving Debian's Chromium ({@code /usr/bin/chromium}); Playwright never downloads a browser.
 * Without Chromium the browser tests are skipped on a developer machine and fail on CI ({@code CI=true}).
 * One instance (one Chromium) serves a whole test class; each test opens its own {@link BrowserContext}.
 */
final class BrowserSupport implements AutoCloseable {

    /** Debian's Chromium; {@code -Dkneadwell.chromium=...} points elsewhere (for example to try the skip path). */
    static final Path CHROMIUM = Path.of(System.getProperty("kneadwell.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking");
    private static final Map<String, String> DRIVER_ENV = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    private static final double TIMEOUT_MS = 20_000;

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSupport(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts Chromium, or skips (developer machine) or fails (CI) the calling tests when it is missing. */
    static BrowserSupport launch() {
        requireChromium();
        // Assertions wait as long as navigations do: CI runs two builds side by side on two cores, and a form
        // submitted while the other build's browser test runs axe can take more than Playwright's default 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(DRIVER_ENV));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS));
            return new BrowserSupport(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        String message = CHROMIUM + " is not an executable file, so the browser tests cannot run. "
                + "Install it with: apt-get update && apt-get install -y chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true and " + message);
        }
        // Surefire does not print why a whole class was aborted, so say it in the build log too.
        System.err.println("[SKIPPED] Browser tests skipped (set CI=true to make this a failure): " + message);
        assumeTrue(false, "Browser tests skipped: " + message);
    }

    /** A fresh, isolated context (own cookies and storage) with short timeouts and English pages. */
    BrowserContext newContext(String baseUrl) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale("en-GB")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS);
        return context;
    }

    /**
     * Keeps a full-page screenshot for people to look at, unless {@code KNEADWELL_SCREENSHOTS=off}: CI sets it in
     * both builds, as nobody looks at a CI machine's files and the pictures take minutes there.
     */
    static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        if (!"off".equals(System.getenv("KNEADWELL_SCREENSHOTS"))) {
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        }
        return file;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
