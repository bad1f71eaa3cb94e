package org.kneadwell.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kneadwell.shared.SqlTime.utc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kneadwell.identity.AccountAdministration;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.AccountSummary;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * FHIR Bulk Data export of the demo clinic as its admin would run it: kick-off with Prefer: respond-async, a 202 and
 * a status URL, polling until the manifest, NDJSON files whose lines are the clinic's resources (every patient,
 * every observation), a disclosure in the audit log for every patient, and the job gone once deleted. Bad
 * kick-offs and other roles are refused with an OperationOutcome.
 */
@KneadwellTest
class BulkExportTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FhirRecords records;

    @Autowired
    BulkExport exports;

    @Autowired
    Clock clock;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountDirectory accounts;

    @Value("${kneadwell.home}")
    Path home;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void anAdminExportsTheWholeClinicAsNdjson() throws Exception {
        String admin = api.token(Demo.ADMIN, totp);

        HttpResponse<String> kickOff = send("GET", "/fhir/$export?_outputFormat=application/fhir%2Bndjson", admin, true);

        assertThat(kickOff.statusCode()).as(kickOff.body()).isEqualTo(202);
        String status = kickOff.headers().firstValue("Content-Location").orElseThrow();
        assertThat(status).contains("/fhir/$export-status/");
        String statusPath = URI.create(status).getPath();
        HttpResponse<String> polled = untilDone(statusPath, admin);
        JsonNode manifest = JsonMapper.builder().build().readTree(polled.body());
        assertThat(manifest.path("requiresAccessToken").asBoolean()).isTrue();
        assertThat(manifest.path("request").asString()).contains("/fhir/$export");

        long patients = jdbc.sql("select count(*) from patient").query(Long.class).single();
        long observations = jdbc.sql("select count(*) from measurement where voided_at is null").query(Long.class)
                .single();
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (JsonNode output : manifest.path("output")) {
            String type = output.path("type").asString();
            HttpResponse<String> file = send("GET", URI.create(output.path("url").asString()).getPath(), admin, false);
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).hasValue("application/fhir+ndjson");
            List<String> lines = file.body().lines().toList();
            assertThat(lines).hasSize(output.path("count").asInt());
            int riskGroups = 0;
            for (String line : lines) {
                Resource resource = (Resource) records.context().newJsonParser().parseResource(line);
                assertThat(resource.fhirType()).isEqualTo(type);
                if (resource instanceof org.hl7.fhir.r4.model.Observation o
                        && FhirMapping.STARTBACK_RISK.equals(o.getCode().getCodingFirstRep().getCode())) {
                    riskGroups++; // the intakes' STarT Back risk groups; every other observation is a measurement
                }
            }
            counts.put(type, lines.size() - riskGroups);
        }
        assertThat(counts).containsEntry("Patient", (int) patients).containsEntry("Observation", (int) observations)
                .containsKeys("Condition", "CarePlan", "Appointment", "Encounter", "Procedure", "Practitioner");
        UUID job = UUID.fromString(statusPath.substring(statusPath.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select count(*) from audit_event where action = ? and record_id = ?")
                .params(BulkExport.DISCLOSURE, job.toString()).query(Long.class).single()).isEqualTo(patients);

        // the therapist may not fetch the admin's files, nor start an export
        String maya = api.token(Demo.THERAPIST, totp);
        String patientFile = URI.create(manifest.path("output").get(0).path("url").asString()).getPath();
        assertThat(send("GET", patientFile, maya, false).statusCode()).isEqualTo(403);
        HttpResponse<String> refused = send("GET", "/fhir/$export", maya, true);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(records.context().newJsonParser().parseResource(OperationOutcome.class, refused.body())
                .getIssueFirstRep().getDiagnostics()).contains("Only admins");

        assertThat(send("DELETE", statusPath, admin, false).statusCode()).isEqualTo(202);
        assertThat(send("GET", statusPath, admin, false).statusCode()).isEqualTo(404);
        assertThat(send("GET", patientFile, admin, false).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/fhir/$export-status/" + UUID.randomUUID(), admin, false).statusCode()).isEqualTo(404);
    }

    @Test
    void anExportPastItsDayIsGoneAndItsFilesDeletedEvenWhenNoOneExportsAgain() throws Exception {
        String admin = api.token(Demo.ADMIN, totp);
        HttpResponse<String> kickOff = send("GET", "/fhir/$export?_type=Patient", admin, true);
        String statusPath = URI.create(kickOff.headers().firstValue("Content-Location").orElseThrow()).getPath();
        untilDone(statusPath, admin);
        UUID job = UUID.fromString(statusPath.substring(statusPath.lastIndexOf('/') + 1));
        Path files = home.resolve("exports").resolve(job.toString());
        assertThat(files.resolve("Patient.ndjson")).isRegularFile();

        jdbc.sql("update fhir_export_job set finished_at = ? where public_id = ?")
                .params(utc(clock.instant().minus(BulkExport.KEPT).minusSeconds(60)), job).update();
        assertThat(send("GET", statusPath, admin, false).statusCode()).as("past its day").isEqualTo(404);
        assertThat(send("GET", "/fhir/$export-file/" + job + "-Patient.ndjson", admin, false).statusCode())
                .isEqualTo(404);

        exports.removeExpiredOnSchedule();
        assertThat(files).doesNotExist();
        assertThat(jdbc.sql("select count(*) from fhir_export_job where public_id = ?").param(job).query(Long.class)
                .single()).isZero();
    }

    @Test
    void anExportWhoseAdminIsDeactivatedStopsAndKeepsNoFiles() throws Exception {
        CurrentUser demoAdmin = accounts.findByEmail(Demo.ADMIN).orElseThrow().asCurrentUser();
        AccountSummary second = administration.createDemoAccounts(List.of(new AccountAdministration.DemoAccount(
                "second.admin@example.org", "Second Admin", Role.ADMIN, null)), "a-long-enough-password").get(0);
        // deactivated after asking for the export and before its first patient: the same check stops an export
        // at whichever patient comes after the deactivation
        administration.deactivate(demoAdmin, second.publicId(), "127.0.0.1");

        UUID job = exports.start(second.asCurrentUser(), List.of(), "/fhir/$export");

        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        BulkExport.Job ended = exports.job(second.asCurrentUser(), job).orElseThrow();
        while (ended.status() == BulkExport.Status.RUNNING && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
            ended = exports.job(second.asCurrentUser(), job).orElseThrow();
        }
        assertThat(ended.status()).isEqualTo(BulkExport.Status.FAILED);
        assertThat(ended.error()).contains("may no longer export the clinic");
        assertThat(ended.patientsDone()).isZero();
        assertThat(home.resolve("exports").resolve(job.toString())).doesNotExist();
        assertThat(jdbc.sql("select outcome from audit_event where action = 'fhir.export' and record_id = ?")
                .param(job.toString()).query(String.class).list()).containsExactly("DENIED");
        assertThat(jdbc.sql("select count(*) from audit_event where action = ? and record_id = ?")
                .params(BulkExport.DISCLOSURE, job.toString()).query(Long.class).single()).as("nothing disclosed")
                .isZero();
    }

    /** Polls the status URL until the export is done; its last answer (the manifest) is 200. */
    private HttpResponse<String> untilDone(String statusPath, String token) throws Exception {
        HttpResponse<String> polled = send("GET", statusPath, token, false);
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (polled.statusCode() == 202 && Instant.now().isBefore(giveUp)) {
            assertThat(polled.headers().firstValue("X-Progress")).hasValueSatisfying(p -> assertThat(p).endsWith("patients"));
            Thread.sleep(250);
            polled = send("GET", statusPath, token, false);
        }
        assertThat(polled.statusCode()).as(polled.body()).isEqualTo(200);
        return polled;
    }

    @Test
    void aKickOffItCannotHonourIsRefusedWithAnOperationOutcome() throws Exception {
        String admin = api.token(Demo.ADMIN, totp);
        long jobs = jdbc.sql("select count(*) from fhir_export_job").query(Long.class).single();

        HttpResponse<String> bad = send("GET", "/fhir/$export?_type=Patient,Immunization&_outputFormat=text/csv"
                + "&_since=2026-01-01T00:00:00Z", admin, true);

        assertThat(bad.statusCode()).isEqualTo(400);
        OperationOutcome outcome = records.context().newJsonParser().parseResource(OperationOutcome.class, bad.body());
        assertThat(outcome.getIssue()).extracting(i -> i.getExpression().get(0).getValue())
                .containsExactly("_outputFormat", "_since", "_type");
        assertThat(outcome.getIssue().get(2).getDiagnostics()).contains("Immunization");
        assertThat(jdbc.sql("select count(*) from fhir_export_job").query(Long.class).single()).isEqualTo(jobs);
    }

    private HttpResponse<String> send(String method, String path, String token, boolean async)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/fhir+json")
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (async) {
            request.header("Prefer", "respond-async");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
