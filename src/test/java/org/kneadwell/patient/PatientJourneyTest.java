package org.kneadwell.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.audit.AuditLog;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Api;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff register patients, manage care teams and search only their own patients; every read is audited. */
@KneadwellTest
class PatientJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    AuditLog auditLog;

    private static Map<String, String> form(String given, String family, String born) {
        Map<String, String> form = new HashMap<>(Map.of("givenName", given, "familyName", family, "dateOfBirth", born,
                "preferredLanguage", "en", "email", "", "phone", "", "emergencyContactName", "",
                "emergencyContactPhone", ""));
        form.put("referralNote", "Chronic low back pain for 14 months.");
        return form;
    }

    @Test
    void therapistRegistersAPatientAndJoinsTheCareTeam() {
        Browserless maya = new Browserless(port);
        assertThat(maya.signIn(Demo.THERAPIST, totp)).isTrue();
        maya.get("/patients/new");

        HttpResponse<String> created = maya.post("/patients", form("Ola", "Nordmann", "1980-02-29"));
        assertThat(created.statusCode()).isEqualTo(302);
        String chartPath = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");

        String chart = maya.get(chartPath).body();
        assertThat(chart).contains("Ola Nordmann").contains("Maya Chen").contains("Chronic low back pain for 14 months.");
        assertThat(maya.get("/patients?q=nordm").body()).contains("Nordmann, Ola");
        assertThat(maya.get("/patients?q=1980-02-29").body()).contains("Nordmann, Ola");
        assertThat(maya.get("/patients?q=29/2/1980").body()).contains("Nordmann, Ola");

        UUID patientId = UUID.fromString(chartPath.substring(chartPath.lastIndexOf('/') + 1));
        assertThat(auditLog.forPatient(patientId, 100)).extracting(e -> e.action())
                .contains("patient.create", "patient.read");
    }

    @Test
    void badInputIsShownBesideTheFieldAndNothingIsSaved() {
        Browserless maya = new Browserless(port);
        assertThat(maya.signIn(Demo.THERAPIST, totp)).isTrue();
        maya.get("/patients/new");
        Map<String, String> bad = form("", "Xy" + "z".repeat(120), "not-a-date");
        bad.put("email", "nope");
        bad.put("phone", "call me");

        HttpResponse<String> refused = maya.post("/patients", bad);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"givenName-error\"").contains("Enter a value.")
                .contains("Enter a date as YYYY-MM-DD.").contains("Enter a valid e-mail address.")
                .contains("Enter a phone number").contains("at most 100 characters");

        HttpResponse<String> future = maya.post("/patients", form("Future", "Person", "2999-01-01"));
        assertThat(future.statusCode()).isEqualTo(200);
        assertThat(future.body()).contains("The date of birth cannot be in the future.");
        assertThat(maya.get("/patients?q=Future").body()).doesNotContain("Person, Future");
    }

    @Test
    void textIsEscapedEverywhere() {
        Browserless maya = new Browserless(port);
        assertThat(maya.signIn(Demo.THERAPIST, totp)).isTrue();
        maya.get("/patients/new");
        HttpResponse<String> created = maya.post("/patients", form("<script>alert(1)</script>", "Tester", "1990-01-01"));
        String chart = maya.get(created.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body();
        assertThat(chart).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void searchShowsOnlyTheCallersPatients() {
        Api api = new Api(port);
        String tomas = api.token(Demo.OTHER_THERAPIST, totp);
        String patient = api.token(Demo.PATIENT, totp);

        String tomasList = api.get("/api/v1/patients?q=", tomas).body();
        assertThat(tomasList).contains("Okonkwo").contains("Whitfield").doesNotContain("Martinez");
        String own = api.get("/api/v1/patients", patient).body();
        assertThat(own).contains("Ellis").doesNotContain("Martinez").doesNotContain("Okonkwo");
    }

    @Test
    void adminsSeeDemographicsButNotTheReferral() {
        Api api = new Api(port);
        String maya = api.token(Demo.THERAPIST, totp);
        String rosa = api.get("/api/v1/patients?q=Martinez", maya).body();
        String id = rosa.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(api.get("/api/v1/patients/" + id, maya).body()).contains("apixaban");

        Browserless admin = new Browserless(port);
        assertThat(admin.signIn(Demo.ADMIN, totp)).isTrue();
        String chart = admin.get("/patients/" + id).body();
        assertThat(chart).contains("Rosa Martinez").doesNotContain("apixaban");
    }

    @Test
    void apiRefusesBadPatientsNamingEachField() {
        Api api = new Api(port);
        String maya = api.token(Demo.THERAPIST, totp);
        HttpResponse<String> missing = api.send("POST", "/api/v1/patients", maya,
                "{\"givenName\":\"\",\"preferredLanguage\":\"en\",\"email\":\"x\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"givenName\"").contains("\"field\":\"familyName\"")
                .contains("\"field\":\"dateOfBirth\"").contains("\"field\":\"email\"");

        HttpResponse<String> badDate = api.send("POST", "/api/v1/patients", maya,
                "{\"givenName\":\"A\",\"familyName\":\"B\",\"dateOfBirth\":\"31/02/1990\",\"preferredLanguage\":\"en\"}");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("\"field\":\"dateOfBirth\"");

        HttpResponse<String> created = api.send("POST", "/api/v1/patients", maya,
                "{\"givenName\":\"Api\",\"familyName\":\"Created\",\"dateOfBirth\":\"1971-05-04\",\"preferredLanguage\":\"pl\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/v1/patients/"));
    }
}
