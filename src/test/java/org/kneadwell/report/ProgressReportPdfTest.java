package org.kneadwell.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 13 items 2-4 over HTTP: the demo patient with the longest history (Jordan Ellis, given a year of diary
 * ratings and questionnaires before the demo's months) gets a one-page progress report with the pain chart and the
 * instrument table, rendered to PNG with pdftoppm under {@code target/report/} for a person to look at; names with
 * diacritics render in the embedded font; the care team and the patient get their PDFs, anyone else a 404; every
 * download is an audited disclosure.
 */
@TestPropertySource(properties = "kneadwell.test.database=report-pdf")
@KneadwellTest
class ProgressReportPdfTest {

    private static final Path OUT = Path.of("target", "report");

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.kneadwell.shared.ClinicSettings clinic;

    @Autowired
    java.time.Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    private UUID patient(String given) {
        return jdbc.sql("select public_id from patient where given_name = ?").param(given).query(UUID.class).single();
    }

    private HttpResponse<byte[]> download(String path, String token, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A year of history before the demo's months: a diary rating every two weeks and three RMDQs. */
    private void aYearOfHistory(UUID jordan) {
        Api api = new Api(port);
        String token = api.token(Demo.PATIENT, totp);
        Instant now = Instant.now();
        int[] pain = { 8, 8, 7, 8, 7, 7, 6, 7, 6, 6, 6, 5, 6, 5, 5, 5, 6, 5 };
        for (int i = 0; i < pain.length; i++) {
            Instant at = now.minus(Duration.ofDays(365 - 14L * i));
            assertThat(api.send("POST", "/api/v1/patients/" + jordan + "/diary", token,
                    "{\"pain\":" + pain[i] + ",\"effectiveAt\":\"" + at + "\"}").statusCode()).isEqualTo(201);
        }
        int[][] rmdq = { { 360, 18 }, { 250, 16 }, { 160, 15 } };
        for (int[] r : rmdq) {
            StringBuilder answers = new StringBuilder();
            for (int i = 0; i < 24; i++) {
                answers.append(i == 0 ? "" : ",").append(i < r[1]);
            }
            assertThat(api.send("POST", "/api/v1/patients/" + jordan + "/responses", token,
                    "{\"instrument\":\"RMDQ\",\"answers\":[" + answers + "],\"effectiveAt\":\""
                            + now.minus(Duration.ofDays(r[0])) + "\"}").statusCode()).isEqualTo(201);
        }
    }

    @Test
    void theProgressReportOfAYearOfHistoryIsOnePageWithTheChartAndTheInstrumentTable() throws Exception {
        UUID jordan = patient("Jordan");
        aYearOfHistory(jordan);
        String token = new Api(port).token(Demo.THERAPIST, totp);

        HttpResponse<byte[]> response = download("/api/v1/patients/" + jordan + "/report.pdf", token, "application/pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        Files.createDirectories(OUT);
        Path pdf = OUT.resolve("progress-report-jordan.pdf");
        Files.write(pdf, response.body());
        try (PDDocument document = Loader.loadPDF(response.body())) {
            assertThat(document.getNumberOfPages()).as("the progress report fits on one page").isEqualTo(1);
            Headings headings = new Headings();
            String text = headings.getText(document);
            assertThat(text).contains("Jordan Ellis").contains("PAIN OVER TIME")
                    .contains("Back-related disability (Roland-Morris) (RMDQ)").contains("Pain (NPRS)")
                    .contains("Clinically important?").contains("Maya Chen").contains("Priya")
                    .contains("SAFETY TODAY AND CLEARANCE").contains("THERAPIST'S LATEST ASSESSMENT")
                    .contains("ADVERSE EVENTS").contains("TREATMENT PLAN").doesNotContain("??");
            assertThat(headings.pain).as("the pain chart's heading").isPositive();
            assertThat(headings.outcomes).as("the outcome table's heading, below the chart").isGreaterThan(headings.pain);

            BufferedImage png = toPng(pdf, OUT.resolve("progress-report-jordan"));
            double scale = png.getHeight() / document.getPage(0).getMediaBox().getHeight();
            int coloured = colouredPixels(png, (int) (headings.pain * scale), (int) (headings.outcomes * scale));
            assertThat(coloured).as("the chart area between the pain heading and the outcome table is drawn")
                    .isGreaterThan(2000);
        }
        assertThat(disclosures("report.progress.disclosed", jordan)).contains(accountOf(Demo.THERAPIST).toString());
    }

    @Test
    void aNameWithDiacriticsRendersInTheEmbeddedFont() throws Exception {
        UUID ines = patient("Inês");
        String token = new Api(port).token(Demo.OTHER_THERAPIST, totp);
        HttpResponse<byte[]> response = download("/api/v1/patients/" + ines + "/report.pdf", token, "application/pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("progress-report-ines.pdf"), response.body());
        try (PDDocument document = Loader.loadPDF(response.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("Inês Carvalho").contains("Tomas Novak");
            List<String> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name).getName());
            }
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans"));
        }
    }

    @Test
    void theClearanceAndItsExpiryAreOnTheReport() throws Exception {
        UUID aisha = patient("Aisha");
        String token = new Api(port).token(Demo.THERAPIST, totp);
        HttpResponse<byte[]> response = download("/api/v1/patients/" + aisha + "/report.pdf", token, "application/pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        Files.createDirectories(OUT);
        Path pdf = OUT.resolve("progress-report-aisha.pdf");
        Files.write(pdf, response.body());
        try (PDDocument document = Loader.loadPDF(response.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            String expiry = org.kneadwell.shared.DisplayDates.date(clinic.today(clock).plusDays(10));
            assertThat(text).contains("Clearance valid until " + expiry).contains("approved by Dr Priya Shah");
        }
        if (pdftoppm() != null) {
            toPng(pdf, OUT.resolve("progress-report-aisha"));
        }
    }

    @Test
    void theReportIsForTheCareTeamOnlyAndSomeoneElsesPatientIsNotFound() throws Exception {
        UUID jordan = patient("Jordan");
        Api api = new Api(port);
        String other = api.token(Demo.OTHER_THERAPIST, totp);
        HttpResponse<byte[]> refused = download("/api/v1/patients/" + jordan + "/report.pdf", other, "application/json");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(download("/api/v1/patients/" + UUID.randomUUID() + "/report.pdf", other, "application/pdf")
                .statusCode()).isEqualTo(404);
        String patient = api.token(Demo.PATIENT, totp);
        assertThat(download("/api/v1/patients/" + jordan + "/report.pdf", patient, "application/pdf").statusCode())
                .isIn(403, 404);
        String admin = api.token(Demo.ADMIN, totp);
        assertThat(download("/api/v1/patients/" + jordan + "/report.pdf", admin, "application/pdf").statusCode())
                .isIn(403, 404);
        assertThat(disclosures("report.progress.disclosed", jordan)).doesNotContain(
                accountOf(Demo.OTHER_THERAPIST).toString(), accountOf(Demo.PATIENT).toString(),
                accountOf(Demo.ADMIN).toString());
    }

    @Test
    void thePatientDownloadsTheirOwnSummaryAndNobodyElses() throws Exception {
        UUID jordan = patient("Jordan");
        UUID ines = patient("Inês");
        Api api = new Api(port);
        String patient = api.token(Demo.PATIENT, totp);
        HttpResponse<byte[]> own = download("/api/v1/patients/" + jordan + "/summary.pdf", patient, "application/pdf");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        Files.createDirectories(OUT);
        Path pdf = OUT.resolve("summary-jordan.pdf");
        Files.write(pdf, own.body());
        try (PDDocument document = Loader.loadPDF(own.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Jordan Ellis").contains("MY PLAN").contains("MY NEXT SESSIONS")
                    .contains("MY PAIN OVER TIME").doesNotContain("??");
        }
        if (pdftoppm() != null) {
            toPng(pdf, OUT.resolve("summary-jordan"));
        }
        assertThat(disclosures("report.summary.disclosed", jordan)).contains(accountOf(Demo.PATIENT).toString());

        assertThat(download("/api/v1/patients/" + ines + "/summary.pdf", patient, "application/json").statusCode())
                .isEqualTo(404);
        String therapist = api.token(Demo.THERAPIST, totp);
        assertThat(download("/api/v1/patients/" + jordan + "/summary.pdf", therapist, "application/pdf").statusCode())
                .isIn(403, 404);
    }

    private List<String> disclosures(String action, UUID patient) {
        return jdbc.sql("select record_id from audit_event where action = ? and patient_id = ? and outcome = 'SUCCESS'")
                .params(action, patient).query(String.class).list();
    }

    private UUID accountOf(String email) {
        return jdbc.sql("select public_id from account where email = ?").param(email).query(UUID.class).single();
    }

    private static String pdftoppm() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            File candidate = new File(dir, "pdftoppm");
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        return null;
    }

    /** The page as a PNG beside the PDF (pdftoppm from poppler-utils; CI installs it and sets the requirement). */
    private static BufferedImage toPng(Path pdf, Path stem) throws IOException, InterruptedException {
        String tool = pdftoppm();
        if (tool == null) {
            if (System.getenv("KNEADWELL_REQUIRE_PDFTOPPM") != null) {
                fail("pdftoppm is missing: install poppler-utils (apt-get install -y poppler-utils); CI's .ci/run does");
            }
            Assumptions.abort("pdftoppm (poppler-utils) is not installed here; the PNG check is skipped");
        }
        Process process = new ProcessBuilder(tool, "-png", "-r", "110", "-singlefile", pdf.toString(), stem.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as("pdftoppm: " + output).isZero();
        return ImageIO.read(stem.resolveSibling(stem.getFileName() + ".png").toFile());
    }

    /** Pixels that are neither white nor near-white in rows [from, to). */
    private static int colouredPixels(BufferedImage png, int from, int to) {
        int count = 0;
        for (int y = Math.max(0, from); y < Math.min(png.getHeight(), to); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                int rgb = png.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.min(r, Math.min(g, b)) < 200) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Text extraction that also notes where (from the top, in points) the chart's and the table's headings are. */
    private static final class Headings extends PDFTextStripper {

        float pain;
        float outcomes;

        Headings() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (pain == 0 && text.startsWith("PAIN OVER TIME") && !positions.isEmpty()) {
                pain = positions.get(0).getYDirAdj();
            }
            if (outcomes == 0 && text.startsWith("OUTCOME MEASURES") && !positions.isEmpty()) {
                outcomes = positions.get(0).getYDirAdj();
            }
            super.writeString(text, positions);
        }
    }
}
