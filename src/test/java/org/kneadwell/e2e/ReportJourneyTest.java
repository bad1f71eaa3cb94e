package org.kneadwell.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kneadwell.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

/**
 * Issue 13: the therapist downloads Jordan Ellis's one-page progress report from the chart's button, and Jordan
 * downloads his own summary from his home page. Screenshots of both buttons at 1280 and 390 px.
 */
@TestPropertySource(properties = "kneadwell.test.database=report-journey")
class ReportJourneyTest extends BrowserJourney {

    private static final Path OUT = Path.of("target", "report");

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTherapistDownloadsTheProgressReportAndThePatientTheirSummary() throws Exception {
        UUID jordan = jdbc.sql("select public_id from patient where given_name = 'Jordan'").query(UUID.class).single();
        Files.createDirectories(OUT);

        BrowserContext staff = browser.newContext(baseUrl());
        Page chart = BrowserSteps.signIn(staff, Demo.THERAPIST);
        chart.navigate("/patients/" + jordan);
        assertThat(chart.locator("#download-report")).hasText("Download progress report (PDF)");
        shoot(chart, "#download-report", "report-button-chart");
        Download report = chart.waitForDownload(() -> chart.locator("#download-report").click());
        Path reportPdf = OUT.resolve("journey-progress-report.pdf");
        report.saveAs(reportPdf);
        assertThat(report.suggestedFilename()).startsWith("progress-report-").endsWith(".pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(reportPdf))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("Jordan Ellis").contains("PAIN OVER TIME");
        }
        staff.close();

        BrowserContext own = browser.newContext(baseUrl());
        Page home = BrowserSteps.signIn(own, Demo.PATIENT);
        home.navigate("/");
        assertThat(home.locator("#download-summary")).hasText("Download my summary (PDF)");
        shoot(home, "#download-summary", "report-button-home");
        Download summary = home.waitForDownload(() -> home.locator("#download-summary").click());
        Path summaryPdf = OUT.resolve("journey-summary.pdf");
        summary.saveAs(summaryPdf);
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(summaryPdf))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Jordan Ellis").contains("MY NEXT SESSIONS");
        }
        own.close();
    }

    private static void shoot(Page page, String selector, String name) {
        for (int width : new int[] { 1280, 390 }) {
            page.setViewportSize(width, width == 390 ? 844 : 900);
            page.locator(selector).scrollIntoViewIfNeeded();
            BrowserSupport.screenshot(page, name + "-" + width);
        }
        page.setViewportSize(1280, 900);
    }
}
