package org.kneadwell.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.uhn.fhir.validation.ResultSeverityEnum;

/**
 * {@code POST /fhir} end to end: a bundle another clinic's system wrote (by hand, in {@code src/test/resources/fhir},
 * with resources and codes we do not use and one invalid observation) imports what it can and reports the rest; a
 * second import changes nothing; our own export brought back into the clinic it came from adds nothing; and every
 * kind of bad input is refused with an OperationOutcome, storing nothing.
 */
@KneadwellTest
class FhirImportTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FhirRecords records;

    Api api;
    String maya;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        maya = api.token(Demo.THERAPIST, totp);
    }

    @Test
    void anotherClinicsBundleImportsWhatItCanAndReportsTheRest() throws Exception {
        String bundle = resource("/fhir/foreign-clinic-bundle.json");

        HttpResponse<String> first = post(maya, bundle);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/fhir+json"));
        Bundle response = parse(first.body(), Bundle.class);
        assertThat(response.getType()).isEqualTo(Bundle.BundleType.BATCHRESPONSE);
        List<String> statuses = response.getEntry().stream().map(e -> e.getResponse().getStatus()).toList();
        assertThat(statuses).containsExactly(
                "201 Created", // Patient
                "200 OK", "200 OK", // Practitioner, Encounter: not imported here
                "201 Created", // Condition, kept as received
                "201 Created", "201 Created", "201 Created", // two pain scores and a PEG
                "200 OK", // heart rate: not a measure of ours
                "422 Unprocessable Entity", // "effectiveDateTime": "last Tuesday"
                "200 OK", // MedicationStatement
                "201 Created"); // QuestionnaireResponse
        assertThat(diagnostics(response.getEntry().get(1))).contains("Practitioner resources are not imported here");
        assertThat(diagnostics(response.getEntry().get(7))).contains("No measure here has the code http://loinc.org|8867-4");
        OperationOutcomeIssueComponent invalid = ((OperationOutcome) response.getEntry().get(8).getResponse()
                .getOutcome()).getIssueFirstRep();
        assertThat(invalid.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
        assertThat(invalid.getDiagnostics()).contains("last Tuesday");
        assertThat(invalid.getExpression().get(0).getValue()).isEqualTo("Bundle.entry[8].resource");

        UUID sofia = UUID.fromString(response.getEntry().get(0).getResponse().getLocation().substring("Patient/".length()));
        Map<String, Object> patient = jdbc.sql("select given_name, family_name, date_of_birth, email, phone, "
                + "preferred_language from patient where public_id = ?").param(sofia).query().singleRow();
        assertThat(lower(patient)).containsEntry("given_name", "Sofia Maria").containsEntry("family_name", "Lindqvist")
                .containsEntry("email", "sofia.lindqvist@example.org").containsEntry("phone", "+44 20 7946 0321")
                .containsEntry("preferred_language", "sv");
        assertThat(lower(patient).get("date_of_birth").toString()).isEqualTo("1979-03-14");
        assertThat(jdbc.sql("select code, quantity from measurement where patient_id = ? and source = 'IMPORTED' "
                + "order by effective_at").param(sofia).query((rs, n) -> rs.getString(1) + "=" + rs.getBigDecimal(2)
                        .stripTrailingZeros().toPlainString()).list())
                .containsExactly("NPRS=7", "PEG=5.3", "NPRS=5");

        // Maya opened the record, so she is on its care team: the FHIR API shows her what came in
        Bundle pain = parse(get(maya, "/fhir/Observation?patient=" + sofia + "&code=http://loinc.org%7C72514-3").body(),
                Bundle.class);
        assertThat(pain.getEntry()).extracting(e -> ((org.hl7.fhir.r4.model.Observation) e.getResource())
                .getValueQuantity().getValue().intValue()).containsExactly(5, 7);
        HttpResponse<String> everything = get(maya, "/fhir/Patient/" + sofia + "/$everything");
        Bundle export = parse(everything.body(), Bundle.class);
        List<String> types = export.getEntry().stream().map(e -> e.getResource().fhirType()).toList();
        assertThat(types).contains("Condition", "QuestionnaireResponse");
        org.hl7.fhir.r4.model.Condition backPain = export.getEntry().stream()
                .map(BundleEntryComponent::getResource).filter(org.hl7.fhir.r4.model.Condition.class::isInstance)
                .map(org.hl7.fhir.r4.model.Condition.class::cast).findFirst().orElseThrow();
        assertThat(backPain.getCode().getText()).isEqualTo("Chronic low back pain");
        assertThat(backPain.getSubject().getReference()).isEqualTo("Patient/" + sofia);
        var validation = FhirValidation.validator(records.context()).validateWithResult(everything.body());
        assertThat(validation.getMessages()).filteredOn(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .as("validation errors").isEmpty();

        // the same bundle again: the patient is found by the other clinic's identifier and nothing is stored twice
        long rows = importedRows();
        HttpResponse<String> again = post(maya, bundle);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(parse(again.body(), Bundle.class).getEntry()).extracting(e -> e.getResponse().getStatus())
                .doesNotContain("201 Created");
        assertThat(importedRows()).isEqualTo(rows);
        assertThat(jdbc.sql("select count(*) from patient where family_name = 'Lindqvist'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'fhir.import' and patient_id = ?")
                .param(sofia).query(Long.class).single()).isPositive();
    }

    @Test
    void theDemoClinicHasAPatientImportedFromAnotherClinic() throws Exception {
        UUID nadia = jdbc.sql("select public_id from patient where given_name = 'Nadia' and family_name = 'Haddad'")
                .query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from measurement where patient_id = ? and source = 'IMPORTED'")
                .param(nadia).query(Long.class).single()).isEqualTo(6); // four pain scores, two PEG; no heart rate
        assertThat(jdbc.sql("select resource_type from fhir_imported_resource where patient_id = ? order by id")
                .param(nadia).query(String.class).list()).containsExactly("Condition", "QuestionnaireResponse");
        Bundle pain = parse(get(maya, "/fhir/Observation?patient=" + nadia + "&code=NPRS").body(), Bundle.class);
        assertThat(pain.getTotal()).as("Maya imported her, so she is on her care team").isEqualTo(4);
    }

    @Test
    void ourOwnExportBroughtBackAddsNothing() throws Exception {
        UUID jordan = jdbc.sql("select public_id from patient where given_name = 'Jordan' and family_name = 'Ellis'")
                .query(UUID.class).single();
        String export = get(maya, "/fhir/Patient/" + jordan + "/$everything").body();
        long rows = importedRows();

        HttpResponse<String> response = post(maya, export);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Bundle result = parse(response.body(), Bundle.class);
        assertThat(result.getEntry()).extracting(e -> e.getResponse().getStatus()).doesNotContain("201 Created",
                "422 Unprocessable Entity");
        assertThat(result.getEntry().get(0).getResponse().getLocation()).isEqualTo("Patient/" + jordan);
        assertThat(importedRows()).isEqualTo(rows);
    }

    @Test
    void badInputIsRefusedWithAnOperationOutcomeAndStoresNothing() throws Exception {
        long rows = importedRows();
        String sofiaLike = resource("/fhir/foreign-clinic-bundle.json");

        assertRefused(post(maya, "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [ {"), 400,
                "not well-formed JSON");
        assertRefused(post(maya, "{\"resourceType\": \"Patient\", \"name\": [{\"family\": \"Lone\"}]}"), 400,
                "Send a Bundle");
        assertRefused(post(maya, "{\"resourceType\": \"Bundle\", \"type\": \"searchset\"}"), 400,
                "transaction, batch or collection");
        assertRefused(post(maya, "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"x\": "
                + "[".repeat(80) + "]".repeat(80) + "}"), 400, "nested more than 64 levels");
        String many = "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": ["
                + String.join(",", java.util.Collections.nCopies(FhirImport.MAX_ENTRIES + 1, "{}")) + "]}";
        assertRefused(post(maya, many), 413, "at most 10000 entries");

        // a reference to nobody: the whole bundle is refused, the patient in it included
        String dangling = sofiaLike.replace("\"subject\": { \"reference\": \"Patient/p-4711\" },\n        \"effectiveDateTime\": \"2026-09-01T10:15:00+01:00\"",
                "\"subject\": { \"reference\": \"Patient/nobody\" },\n        \"effectiveDateTime\": \"2026-09-01T10:15:00+01:00\"");
        assertThat(dangling).isNotEqualTo(sofiaLike);
        OperationOutcome outcome = assertRefused(post(maya, dangling), 400, "Patient/nobody does not resolve");
        assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue())
                .isEqualTo("Bundle.entry[4].resource.subject");

        // a transaction is all or nothing: its one invalid observation refuses it
        String transaction = sofiaLike.replace("\"type\": \"collection\"", "\"type\": \"transaction\"");
        assertRefused(post(maya, transaction), 422, "last Tuesday");

        // a patient the caller may not see: Jordan is not on Tomás's caseload
        UUID jordanId = jdbc.sql("select public_id from patient where given_name = 'Jordan' and family_name = 'Ellis'")
                .query(UUID.class).single();
        String forJordan = "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [ {\"resource\": "
                + "{\"resourceType\": \"Observation\", \"status\": \"final\", \"code\": {\"coding\": [{\"system\": "
                + "\"http://loinc.org\", \"code\": \"72514-3\"}]}, \"subject\": {\"reference\": \"Patient/" + jordanId
                + "\"}, \"effectiveDateTime\": \"2026-10-01\", \"valueInteger\": 3}} ]}";
        OperationOutcome hidden = assertRefused(post(api.token(Demo.OTHER_THERAPIST, totp), forJordan), 404,
                "No such patient");
        assertThat(hidden.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);

        // a patient with no date of birth cannot be opened
        String noBirthDate = sofiaLike.replace("\"birthDate\": \"1979-03-14\",", "");
        OperationOutcome unborn = assertRefused(post(maya, noBirthDate), 400, "date of birth is required");
        assertThat(unborn.getIssueFirstRep().getExpression().get(0).getValue()).isEqualTo("Bundle.entry[0].resource.birthDate");

        assertRefused(post(maya, sofiaLike.replace("\"birthDate\": \"1979-03-14\"", "\"birthDate\": \"1850-01-01\"")),
                400, "more than 130 years ago");

        // patients do not import records
        String jordan = api.token(Demo.PATIENT, totp);
        assertThat(post(jordan, sofiaLike).statusCode()).isEqualTo(403);

        assertThat(importedRows()).isEqualTo(rows);
        assertThat(jdbc.sql("select count(*) from patient where family_name = 'Lindqvist'").query(Long.class).single())
                .as("no patient opened by a refused import").isZero();
    }

    private OperationOutcome assertRefused(HttpResponse<String> response, int status, String says) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        OperationOutcome outcome = parse(response.body(), OperationOutcome.class);
        assertThat(outcome.getIssue()).extracting(OperationOutcomeIssueComponent::getDiagnostics)
                .anySatisfy(d -> assertThat(d).contains(says));
        return outcome;
    }

    /** Rows an import could have written, in every table it writes. */
    private long importedRows() {
        return jdbc.sql("select (select count(*) from patient) + (select count(*) from measurement) "
                + "+ (select count(*) from fhir_imported_resource) + (select count(*) from fhir_patient_identifier)")
                .query(Long.class).single();
    }

    private static String diagnostics(BundleEntryComponent entry) {
        return ((OperationOutcome) entry.getResponse().getOutcome()).getIssue().stream()
                .map(OperationOutcomeIssueComponent::getDiagnostics).collect(Collectors.joining(" | "));
    }

    private static Map<String, Object> lower(Map<String, Object> row) {
        return row.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().toLowerCase(java.util.Locale.ROOT),
                e -> e.getValue() == null ? "" : e.getValue()));
    }

    private <T extends org.hl7.fhir.instance.model.api.IBaseResource> T parse(String json, Class<T> type) {
        return records.context().newJsonParser().parseResource(type, json);
    }

    private HttpResponse<String> post(String token, String body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fhir"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String token, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/fhir+json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String resource(String path) throws IOException {
        try (InputStream in = FhirImportTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
