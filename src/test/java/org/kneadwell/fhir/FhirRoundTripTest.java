package org.kneadwell.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kneadwell.KneadwellApplication;
import org.kneadwell.identity.AccountAdministration;
import org.kneadwell.identity.AccountAdministration.DemoAccount;
import org.kneadwell.identity.Role;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.kneadwell.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.uhn.fhir.validation.ResultSeverityEnum;

/**
 * The record travels: Jordan's export from the demo clinic, imported into a second, empty clinic (a new install
 * with a database of its own and one therapist), exported from there again, carries the same canonical content for
 * every resource type the import takes: Patient, Condition, Observation and QuestionnaireResponse. Canonical means
 * without ids, meta and narrative, and without the links to what does not travel yet (the subject is the patient
 * either way; an observation's encounter and its technique note stay with the session).
 */
@KneadwellTest
class FhirRoundTripTest {

    private static final String EMPTY_CLINIC_THERAPIST = "therapist@empty-clinic.test";

    static ConfigurableApplicationContext emptyClinic;

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FhirRecords records;

    @BeforeAll
    static void startAnEmptyClinic() {
        emptyClinic = new SpringApplicationBuilder(KneadwellApplication.class).initializers(new TestDatabase())
                .properties("kneadwell.test.demo=false", "server.port=0", "spring.mail.host=mail.test.invalid",
                        "kneadwell.jobs.first-run=PT12H", "spring.datasource.hikari.maximum-pool-size=4",
                        "spring.datasource.hikari.minimum-idle=0")
                .run();
        emptyClinic.getBean(AccountAdministration.class).createDemoAccounts(
                List.of(new DemoAccount(EMPTY_CLINIC_THERAPIST, "Sam Empty", Role.THERAPIST, null)), Demo.PASSWORD);
    }

    @AfterAll
    static void stopIt() {
        if (emptyClinic != null) {
            emptyClinic.close();
        }
    }

    @Test
    void exportImportIntoAnEmptyClinicAndExportAgainKeepsTheCanonicalContent() throws Exception {
        UUID jordan = jdbc.sql("select public_id from patient where given_name = 'Jordan' and family_name = 'Ellis'")
                .query(UUID.class).single();
        String maya = new Api(port).token(Demo.THERAPIST, totp);
        String first = send("GET", port, "/fhir/Patient/" + jordan + "/$everything", maya, null).body();

        int emptyPort = Integer.parseInt(emptyClinic.getEnvironment().getProperty("local.server.port"));
        JdbcClient emptyDb = emptyClinic.getBean(JdbcClient.class);
        assertThat(emptyDb.sql("select count(*) from patient").query(Long.class).single()).isZero();
        Api emptyApi = new Api(emptyPort);
        String sam = emptyApi.token(EMPTY_CLINIC_THERAPIST, totp);
        HttpResponse<String> imported = send("POST", emptyPort, "/fhir", sam, first);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        String second = send("GET", emptyPort, "/fhir/Patient/" + jordan + "/$everything", sam, null).body();

        Map<String, List<String>> before = canonical(first);
        Map<String, List<String>> after = canonical(second);
        assertThat(before.keySet()).contains("Patient", "Condition", "Observation", "QuestionnaireResponse");
        assertThat(before.get("Observation")).hasSizeGreaterThan(10);
        assertThat(after).isEqualTo(before);
        long riskGroups = before.get("Observation").stream().filter(o -> o.contains(FhirMapping.STARTBACK_RISK)).count();
        assertThat(riskGroups).as("the intake's STarT Back risk group travels too").isEqualTo(1);
        assertThat(emptyDb.sql("select count(*) from measurement where source = 'IMPORTED'").query(Long.class).single())
                .as("every other observation became a measurement").isEqualTo(before.get("Observation").size() - riskGroups);
        var validation = FhirValidation.validator(records.context()).validateWithResult(second);
        assertThat(validation.getMessages())
                .filteredOn(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()).isEmpty();
    }

    /** Per resource type the import takes, the canonical JSON of each resource, sorted. */
    private Map<String, List<String>> canonical(String bundleJson) {
        Bundle bundle = records.context().newJsonParser().parseResource(Bundle.class, bundleJson);
        Map<String, List<String>> byType = new TreeMap<>();
        for (var entry : bundle.getEntry()) {
            Resource r = entry.getResource();
            if (!List.of("Patient", "Condition", "Observation", "QuestionnaireResponse").contains(r.fhirType())) {
                continue;
            }
            if (r instanceof Observation o) {
                o.getNote().clear();
            }
            byType.computeIfAbsent(r.fhirType(), t -> new java.util.ArrayList<>()).add(records.canonical(r));
        }
        byType.values().forEach(list -> list.sort(null));
        return byType;
    }

    private static HttpResponse<String> send(String method, int port, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/fhir+json");
        if (body != null) {
            request.header("Content-Type", "application/fhir+json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
