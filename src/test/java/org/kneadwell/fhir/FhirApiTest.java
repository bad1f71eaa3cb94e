package org.kneadwell.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;

/**
 * The FHIR API end to end: HAPI's own generic client reads Jordan's record and searches her observations with a
 * bearer token from /api/v1/auth/token; her full export validates against the R4 definitions with no error; its
 * digest header is the SHA-256 of the bytes and is in the audit log; someone else's patient is a 404
 * OperationOutcome; the capability statement is public.
 */
@KneadwellTest
class FhirApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FhirRecords records;

    Api api;
    UUID jordan;
    UUID david;
    String base;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        base = "http://localhost:" + port + "/fhir";
        jordan = jdbc.sql("select public_id from patient where given_name = 'Jordan' and family_name = 'Ellis'")
                .query(UUID.class).single();
        david = jdbc.sql("select public_id from patient where given_name = 'David' and family_name = 'Okonkwo'")
                .query(UUID.class).single();
    }

    private IGenericClient client(String email) {
        FhirContext context = records.context();
        IGenericClient client = context.newRestfulGenericClient(base);
        client.registerInterceptor(new BearerTokenAuthInterceptor(api.token(email, totp)));
        return client;
    }

    @Test
    void hapisGenericClientReadsThePatientAndSearchesHerObservations() {
        IGenericClient client = client(Demo.THERAPIST);

        Patient patient = client.read().resource(Patient.class).withId(jordan.toString()).execute();
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Ellis");
        assertThat(patient.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Jordan");

        Bundle all = client.search().forResource(Observation.class).where(Observation.PATIENT.hasId(jordan.toString()))
                .returnBundle(Bundle.class).execute();
        assertThat(all.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(all.getEntry()).isNotEmpty();
        assertThat(all.getTotal()).isEqualTo(all.getEntry().size());

        Bundle pain = client.search().forResource(Observation.class).where(Observation.PATIENT.hasId(jordan.toString()))
                .and(new TokenClientParam("code").exactly().systemAndCode("http://loinc.org", "72514-3"))
                .returnBundle(Bundle.class).execute();
        assertThat(pain.getEntry()).isNotEmpty().allSatisfy(e -> assertThat(((Observation) e.getResource()).getCode()
                .getCoding()).anySatisfy(c -> assertThat(c.getCode()).isEqualTo("72514-3")));
        assertThat(pain.getEntry().size()).isLessThan(all.getEntry().size());

        Bundle none = client.search().forResource(Observation.class).where(Observation.PATIENT.hasId(jordan.toString()))
                .and(Observation.DATE.beforeOrEquals().day("1990-01-01")).returnBundle(Bundle.class).execute();
        assertThat(none.getEntry()).isEmpty();
    }

    @Test
    void someoneElsesPatientIsA404OperationOutcomeAndTheCapabilityStatementIsPublic() throws Exception {
        IGenericClient tomas = client(Demo.OTHER_THERAPIST);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tomas.read().resource(Patient.class)
                .withId(jordan.toString()).execute()).isInstanceOf(ResourceNotFoundException.class);

        String token = api.token(Demo.OTHER_THERAPIST, totp);
        HttpResponse<String> observations = get("/fhir/Observation?patient=Patient/" + jordan, token);
        assertThat(observations.statusCode()).isEqualTo(404);
        assertThat(observations.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/fhir+json"));
        OperationOutcome outcome = records.context().newJsonParser().parseResource(OperationOutcome.class,
                observations.body());
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
        assertThat(observations.body()).doesNotContain("Ellis");

        assertThat(get("/fhir/Patient/" + jordan + "/$everything", token).statusCode()).isEqualTo(404);
        assertThat(get("/fhir/Patient/not-a-uuid", token).statusCode()).isEqualTo(404);
        assertThat(get("/fhir/Observation?patient=" + david + "&date=xx2026", token).statusCode()).isEqualTo(400);
        assertThat(get("/fhir/Patient/" + jordan, null).statusCode()).isEqualTo(401);

        HttpResponse<String> metadata = get("/fhir/metadata", null);
        assertThat(metadata.statusCode()).isEqualTo(200);
        CapabilityStatement cs = records.context().newJsonParser().parseResource(CapabilityStatement.class,
                metadata.body());
        assertThat(cs.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(cs.getRestFirstRep().getResource()).extracting(r -> r.getType())
                .containsExactlyInAnyOrder("CodeSystem", "Patient", "Observation");
        assertThat(cs.getRestFirstRep().getInteraction()).extracting(i -> i.getCode().toCode())
                .containsExactlyInAnyOrder("transaction", "batch");
        assertThat(cs.getRestFirstRep().getOperation()).extracting(o -> o.getName()).containsExactly("export");
    }

    @Test
    void everyCodeOfOursInAnExportIsDefinedInOurPublishedCodeSystems() throws Exception {
        HttpResponse<String> list = get("/fhir/CodeSystem", null);
        assertThat(list.statusCode()).isEqualTo(200);
        Bundle systems = records.context().newJsonParser().parseResource(Bundle.class, list.body());
        java.util.Map<String, java.util.Set<String>> defined = new java.util.HashMap<>();
        for (var entry : systems.getEntry()) {
            var cs = (org.hl7.fhir.r4.model.CodeSystem) entry.getResource();
            defined.put(cs.getUrl(), cs.getConcept().stream().map(c -> c.getCode()).collect(Collectors.toSet()));
        }
        assertThat(defined).containsKeys(Codes.TECHNIQUE, Codes.INSTRUMENT, Codes.CONDITION, Codes.BODY_REGION);
        assertThat(get("/fhir/CodeSystem/technique", null).body()).contains("\"DEEP_TISSUE\"", "Deep tissue");
        assertThat(get("/fhir/CodeSystem/astrology", null).statusCode()).isEqualTo(404);

        String token = api.token(Demo.THERAPIST, totp);
        List<org.hl7.fhir.r4.model.Bundle.BundleEntryComponent> entries = new java.util.ArrayList<>();
        for (UUID patient : List.of(jordan, david)) { // David is on hold: his export carries safety Flags
            entries.addAll(records.context().newJsonParser().parseResource(Bundle.class,
                    get("/fhir/Patient/" + patient + "/$everything", token).body()).getEntry());
        }
        assertThat(entries).anyMatch(e -> e.getResource() instanceof org.hl7.fhir.r4.model.Flag);
        List<String> undefined = new java.util.ArrayList<>();
        int ours = 0;
        for (var entry : entries) {
            for (var coding : records.context().newTerser().getAllPopulatedChildElementsOfType(entry.getResource(),
                    org.hl7.fhir.r4.model.Coding.class)) {
                if (coding.getSystem() != null && coding.getSystem().startsWith(Codes.CODE_SYSTEM)) {
                    ours++;
                    if (!defined.getOrDefault(coding.getSystem(), java.util.Set.of()).contains(coding.getCode())) {
                        undefined.add(coding.getSystem() + "|" + coding.getCode());
                    }
                }
            }
        }
        assertThat(ours).isGreaterThan(50);
        assertThat(undefined).as("codes of ours no code system defines").isEmpty();
    }

    @Test
    void theExportOfTheRichestDemoPatientValidatesWithNoErrorAndItsDigestIsAudited() throws Exception {
        String token = api.token(Demo.PATIENT, totp);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/fhir/Patient/" + jordan + "/$everything"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        String digest = response.headers().firstValue("X-Content-SHA256").orElseThrow();
        assertThat(digest).isEqualTo(FhirRecords.sha256(response.body()));
        assertThat(jdbc.sql("select count(*) from audit_event where action = ? and patient_id = ? and record_id = ?")
                .params(FhirRecords.DISCLOSURE, jordan, "sha256:" + digest).query(Integer.class).single()).isEqualTo(1);

        String json = new String(response.body(), StandardCharsets.UTF_8);
        Bundle bundle = records.context().newJsonParser().parseResource(Bundle.class, json);
        List<String> types = bundle.getEntry().stream().map(e -> e.getResource().fhirType()).distinct().toList();
        assertThat(types).contains("Patient", "Condition", "Observation", "Appointment", "CarePlan", "Goal", "Encounter",
                "Procedure", "Practitioner", "PractitionerRole");
        System.out.println("FHIR export of Jordan: " + types);

        FhirValidator validator = FhirValidation.validator(records.context());
        long started = System.nanoTime();
        ValidationResult result = validator.validateWithResult(json);
        long firstMs = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        validator.validateWithResult(json);
        long secondMs = (System.nanoTime() - started) / 1_000_000;
        System.out.println("FHIR validation of Jordan's export (" + bundle.getEntry().size() + " entries): first "
                + firstMs + " ms, second " + secondMs + " ms");
        List<SingleValidationMessage> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()).toList();
        result.getMessages().stream().filter(m -> m.getSeverity() == ResultSeverityEnum.WARNING)
                .map(m -> m.getMessage()).distinct().limit(20).forEach(m -> System.out.println("FHIR warning: " + m));
        assertThat(errors).as(errors.stream().map(m -> m.getLocationString() + ": " + m.getMessage())
                .collect(Collectors.joining("\n"))).isEmpty();

        // every other patient of Maya's and Tomas's care teams too: holds and restrictions become Flags
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (String therapist : List.of(Demo.THERAPIST, Demo.OTHER_THERAPIST)) {
            String staff = api.token(therapist, totp);
            List<UUID> team = jdbc.sql("""
                    select p.public_id from patient p join care_team_member m on m.patient_id = p.id
                    join account a on a.id = m.account_id where a.email = ?""").param(therapist).query(UUID.class).list();
            for (UUID patient : team) {
                HttpResponse<String> export = get("/fhir/Patient/" + patient + "/$everything", staff);
                assertThat(export.statusCode()).as("export of %s", patient).isEqualTo(200);
                records.context().newJsonParser().parseResource(Bundle.class, export.body()).getEntry()
                        .forEach(e -> seen.add(e.getResource().fhirType()));
                List<String> more = validator.validateWithResult(export.body()).getMessages().stream()
                        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                        .map(m -> patient + " " + m.getLocationString() + ": " + m.getMessage()).toList();
                assertThat(more).as(String.join("\n", more)).isEmpty();
            }
        }
        System.out.println("FHIR export of the care teams' patients: " + seen);
        assertThat(seen).contains("Flag", "Consent", "ServiceRequest", "Task", "QuestionnaireResponse");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
