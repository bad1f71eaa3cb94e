package org.kneadwell.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.kneadwell.identity.Totp;
import org.kneadwell.screening.WorkedExamples.Example;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** The evaluate API over HTTP: staff only, the contract's shape, every bad field named, an audit record. */
@KneadwellTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningEvaluateApiTest {

    private static final String PATH = "/api/v1/screenings/evaluate";
    private static final String CONTRACT_REQUEST = """
            {"ageYears": 46, "painDurationWeeks": 30, "painIntensity": 6,
             "painRegions": ["LOWER_BACK_LEFT", "GLUTEAL_LEFT"], "causes": ["HERNIATED_DISC"],
             "treatmentRegions": ["LOWER_BACK", "GLUTEAL_LEFT"], "redFlags": ["RF15"],
             "conditions": [{"code": "RADICULAR_SYMPTOMS", "regions": ["LOWER_BACK_LEFT"]},
                            {"code": "PREGNANCY", "weeks": 22, "highRisk": false}],
             "startBack": {"agree": [true, false, true, false, true, true, false, false], "bothersomeness": "VERY_MUCH"}}""";

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String therapist;

    @BeforeAll
    void signIn() {
        api = new Api(port);
        therapist = api.token(Demo.THERAPIST, totp);
    }

    private HttpResponse<String> evaluate(String token, String body) {
        return api.send("POST", PATH, token, body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return WorkedExamples.JSON.readTree(response.body());
    }

    @Test
    void aTherapistGetsTheContractsAnswer() {
        HttpResponse<String> response = evaluate(therapist, CONTRACT_REQUEST);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.propertyNames()).containsExactly("policyVersion", "chronic", "triage", "clearanceRequired",
                "startBack", "techniques");
        assertThat(body.get("policyVersion").asString()).isEqualTo("2026.1");
        assertThat(body.get("chronic").asBoolean()).isTrue();
        assertThat(body.at("/triage/tier").asString()).isEqualTo("CLINICIAN_REVIEW");
        assertThat(body.at("/triage/massageOnHold").asBoolean()).isFalse();
        assertThat(body.at("/triage/reasons").findValuesAsString("code")).containsExactly("RF15", "RADICULAR_SYMPTOMS");
        assertThat(body.at("/triage/reasons/0/sources").toString()).isEqualTo("[\"S8\",\"S9\"]");
        assertThat(body.get("startBack").toString()).isEqualTo("{\"total\":5,\"psychosocial\":3,\"risk\":\"MEDIUM\"}");
        JsonNode swedish = body.at("/techniques/0");
        assertThat(swedish.propertyNames()).containsExactly("technique", "status", "maxPressure", "heat",
                "avoidRegions", "clearanceRequired", "reasons");
        assertThat(swedish.get("technique").asString()).isEqualTo("SWEDISH");
        assertThat(swedish.get("status").asString()).isEqualTo("RESTRICTED");
        assertThat(swedish.get("maxPressure").asInt()).isEqualTo(3);
        assertThat(swedish.get("avoidRegions").toString()).isEqualTo("[\"ABDOMEN\"]");
        assertThat(swedish.get("reasons").findValuesAsString("code")).containsExactly("RADICULAR_SYMPTOMS", "PREGNANCY");
        assertThat(swedish.at("/reasons/0/sources").toString()).isEqualTo("[\"S40\",\"S19\",\"S12\",\"S60\"]");
        assertThat(body.at("/techniques/1/avoidRegions").toString()).isEqualTo("[\"ABDOMEN\",\"ANTERIOR_THIGH_LEFT\","
                + "\"ANTERIOR_THIGH_RIGHT\",\"CALF_LEFT\",\"CALF_RIGHT\",\"LOWER_BACK_LEFT\",\"POSTERIOR_THIGH_LEFT\","
                + "\"POSTERIOR_THIGH_RIGHT\"]");
    }

    @Test
    void startBackIsLeftOutWhenNotGiven() {
        JsonNode body = json(evaluate(therapist, "{\"painDurationWeeks\": 4}"));

        assertThat(body.has("startBack")).isFalse();
        assertThat(body.get("chronic").asBoolean()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.kneadwell.screening.WorkedExamplesTest#examples")
    void everyWorkedExampleHoldsOverHttp(Example example) {
        HttpResponse<String> response = evaluate(therapist, example.request().toString());

        if (example.isRefused()) {
            assertThat(response.statusCode()).isEqualTo(example.expect().get("status").asInt());
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith(example.expect().get("contentType").asString()));
            assertThat(json(response).get("errors").findValuesAsString("field")).containsExactly("painIntensity");
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            WorkedExamples.assertAnswers(example, json(response));
        }
    }

    @Test
    void aPatientMayNotEvaluate() {
        assertThat(evaluate(api.token(Demo.PATIENT, totp), CONTRACT_REQUEST).statusCode()).isEqualTo(403);
    }

    @Test
    void anAnonymousCallerMustSignIn() {
        assertThat(evaluate(null, CONTRACT_REQUEST).statusCode()).isEqualTo(401);
    }

    @Test
    void aClinicianMayEvaluate() {
        assertThat(evaluate(api.token(Demo.CLINICIAN, totp), CONTRACT_REQUEST).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"painDurationWeeks\": 30, \"painIntensity\": -1}                                 | painIntensity",
            "{\"painDurationWeeks\": 30, \"painIntensity\": 11}                                 | painIntensity",
            "{\"painIntensity\": 4}                                                             | painDurationWeeks",
            "{\"painDurationWeeks\": -2}                                                        | painDurationWeeks",
            "{\"painDurationWeeks\": 30, \"ageYears\": 121}                                     | ageYears",
            "{\"painDurationWeeks\": 30, \"redFlags\": [\"RF1\", \"RF99\"]}                     | redFlags[1]",
            "{\"painDurationWeeks\": 30, \"causes\": [\"POOR_POSTURE\", \"GRAVITY\"]}           | causes[1]",
            "{\"painDurationWeeks\": 30, \"painRegions\": [\"LEGS\", \"TAIL\"]}                 | painRegions[1]",
            "{\"painDurationWeeks\": 30, \"conditions\": [{\"code\": \"FRAIL\"}, {\"code\": \"GOUT\"}]} | conditions[1].code",
            "{\"painDurationWeeks\": 30, \"conditions\": [{\"code\": \"RECENT_SURGERY\"}]}      | conditions[0].regions",
            "{\"painDurationWeeks\": 30, \"conditions\": [{\"code\": \"HAEMATOMA\", \"regions\": [\"CHEST\", \"ARM\", \"ELBOW\"]}]} | conditions[0].regions[1] conditions[0].regions[2]",
            "{\"painDurationWeeks\": 30, \"conditions\": [{\"code\": \"PREGNANCY\"}]}           | conditions[0].weeks",
            "{\"painDurationWeeks\": 30, \"conditions\": [{\"code\": \"PREGNANCY\", \"weeks\": 46}]} | conditions[0].weeks",
            "{\"painDurationWeeks\": 30, \"conditions\": [{\"code\": \"FRAIL\", \"contagious\": true}]} | conditions[0].contagious",
            "{\"painDurationWeeks\": 30, \"startBack\": {\"agree\": [true, true, true, true, true, true, true], \"bothersomeness\": \"SLIGHTLY\"}} | startBack.agree",
            "{\"painDurationWeeks\": 30, \"startBack\": {\"agree\": [true, true, true, true, true, true, true, false], \"bothersomeness\": \"LOTS\"}} | startBack.bothersomeness",
            "{\"painDurationWeeks\": 30, \"conditions\": [{\"code\": \"PREGNANCY\", \"weeks\": \"many\"}]} | conditions[0].weeks",
            "{\"painDurationWeeks\": 30, \"painIntensity\": 7.9}                                | painIntensity",
            "{\"painDurationWeeks\": \"long\"}                                                  | painDurationWeeks",
            "{\"painDurationWeeks\": 30, \"painIntensity\": 99, \"redFlags\": [\"RF0\"], \"conditions\": [{}]} | painIntensity redFlags[0] conditions[0].code",
            "not json at all                                                                    | body",
            "[1, 2]                                                                             | body" })
    void badInputIsA400ProblemNamingEachField(String body, String fields) {
        HttpResponse<String> response = evaluate(therapist, body.strip());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(fields.strip().split(" "));
        assertThat(problem.get("errors").findValuesAsString("message")).allSatisfy(m -> assertThat(m).isNotBlank());
    }

    @Test
    void anEmptyBodyIsA400() {
        assertThat(api.send("POST", PATH, therapist, "").statusCode()).isEqualTo(400);
    }

    @Test
    void eachEvaluationIsAudited() {
        long before = audited();

        evaluate(therapist, CONTRACT_REQUEST);

        assertThat(audited()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select record_type from audit_event where action = 'screening.evaluate' order by id desc")
                .query(String.class).list()).first().isEqualTo("screening");
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_event where action = 'screening.evaluate'").query(Long.class).single();
    }

}
