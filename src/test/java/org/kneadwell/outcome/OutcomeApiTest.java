package org.kneadwell.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 12 item 8 over HTTP, as the demo patient and therapists; refused input stores nothing. */
// A demo clinic of its own: a red flag in the diary puts Jordan Ellis on hold, which other tests must not inherit.
@org.springframework.test.context.TestPropertySource(properties = "kneadwell.test.database=outcome-api")
@KneadwellTest
class OutcomeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DueNotices notices;

    private Api api() {
        return new Api(port);
    }

    private UUID jordan() {
        return jdbc.sql("select public_id from patient where given_name = 'Jordan'").query(UUID.class).single();
    }

    private int stored(UUID patient) {
        return jdbc.sql("select (select count(*) from outcome_response where patient_id = ?) "
                + "+ (select count(*) from pain_diary_entry where patient_id = ?) "
                + "+ (select count(*) from measurement where patient_id = ?)")
                .params(patient, patient, patient).query(Integer.class).single();
    }

    private static String rmdq(int ticked, int count) {
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < count; i++) {
            answers.append(i == 0 ? "" : ",").append(i < ticked);
        }
        return "{\"instrument\":\"RMDQ\",\"answers\":[" + answers + "]}";
    }

    @Test
    void thePatientAnswersTheRmdqAndTheServerScoresIt() {
        String token = api().token(Demo.PATIENT, totp);
        UUID jordan = jordan();
        HttpResponse<String> created = api().send("POST", "/api/v1/patients/" + jordan + "/responses", token, rmdq(6, 24));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"score\":6").contains("\"instrument\":\"RMDQ\"").contains("\"source\":\"PATIENT\"");
        String latest = api().get("/api/v1/patients/" + jordan + "/observations?code=RMDQ&size=1", token).body();
        assertThat(latest).contains("\"value\":6").contains("\"hasMore\":true");
    }

    @Test
    void aScoreSentByTheClientIsRefusedAndNothingIsStored() {
        String token = api().token(Demo.PATIENT, totp);
        UUID jordan = jordan();
        int before = stored(jordan);
        HttpResponse<String> refused = api().send("POST", "/api/v1/patients/" + jordan + "/responses", token,
                "{\"instrument\":\"NPRS\",\"answers\":[3],\"score\":3}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"score\"");
        assertThat(stored(jordan)).isEqualTo(before);
    }

    @Test
    void incompleteAndOutOfRangeAnswersAreRefusedNamingTheItem() {
        String token = api().token(Demo.PATIENT, totp);
        UUID jordan = jordan();
        int before = stored(jordan);
        HttpResponse<String> missing = api().send("POST", "/api/v1/patients/" + jordan + "/responses", token, rmdq(2, 23));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"rmdq24\"");
        HttpResponse<String> outside = api().send("POST", "/api/v1/patients/" + jordan + "/responses", token,
                "{\"instrument\":\"PGIC\",\"answers\":[9]}");
        assertThat(outside.body()).contains("\"field\":\"pgic\"");
        HttpResponse<String> notATick = api().send("POST", "/api/v1/patients/" + jordan + "/responses", token,
                rmdq(0, 24).replaceFirst("false", "\"yes\""));
        assertThat(notATick.body()).contains("\"field\":\"rmdq1\"");
        HttpResponse<String> future = api().send("POST", "/api/v1/patients/" + jordan + "/responses", token,
                "{\"instrument\":\"NPRS\",\"answers\":[3],\"effectiveAt\":\"2999-01-01T00:00:00Z\"}");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"effectiveAt\"");
        assertThat(stored(jordan)).isEqualTo(before);
    }

    @Test
    void anInstrumentTheClinicHasNoLicensedWordingForIsRefusedWithTheReason() {
        String token = api().token(Demo.PATIENT, totp);
        UUID jordan = jordan();
        HttpResponse<String> odi = api().send("POST", "/api/v1/patients/" + jordan + "/responses", token,
                "{\"instrument\":\"ODI\",\"answers\":" + Collections.nCopies(10, 1) + "}");
        assertThat(odi.statusCode()).isEqualTo(400);
        assertThat(odi.body()).contains("\"field\":\"instrument\"").contains("not available");
        String instruments = api().get("/api/v1/instruments", token).body();
        assertThat(instruments).contains("\"id\":\"ODI\"").contains("\"available\":false")
                .contains("© Jeremy Fairbank").contains("© Keele University");
    }

    @Test
    void theDiaryRecordsPainAndRefusesBadInputNamingTheField() {
        String token = api().token(Demo.PATIENT, totp);
        UUID jordan = jordan();
        int before = stored(jordan);
        HttpResponse<String> tooHigh = api().send("POST", "/api/v1/patients/" + jordan + "/diary", token,
                "{\"pain\":11,\"redFlags\":[\"RF6\"]}");
        assertThat(tooHigh.statusCode()).isEqualTo(400);
        assertThat(tooHigh.body()).contains("\"field\":\"pain\"").contains("\"field\":\"redFlags[0]\"");
        assertThat(stored(jordan)).isEqualTo(before);
        HttpResponse<String> created = api().send("POST", "/api/v1/patients/" + jordan + "/diary", token,
                "{\"pain\":2,\"note\":\"Walked the dog\",\"flareUp\":false}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"pain\":2");
        String newest = api().get("/api/v1/patients/" + jordan + "/observations?code=NPRS&size=1", token).body();
        assertThat(newest).contains("\"value\":2").contains("\"loinc\":\"72514-3\"");
    }

    @Test
    void aRedFlagInTheDiaryIsStoredReScreensAndAlertsTheCareTeam() {
        String token = api().token(Demo.PATIENT, totp);
        UUID jordan = jordan();
        HttpResponse<String> created = api().send("POST", "/api/v1/patients/" + jordan + "/diary", token,
                "{\"pain\":5,\"redFlags\":[\"RF1\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"redFlags\":[\"RF1\"]");
        assertThat(jdbc.sql("select count(*) from alert where patient_id = ? and message like '%in the pain diary%'")
                .param(jordan).query(Integer.class).single()).isPositive();
        String safety = api().get("/api/v1/patients/" + jordan + "/safety", token).body();
        assertThat(safety).as("the diary's red flag re-screened the patient: massage is on hold").contains("ON_HOLD");
    }

    @Test
    void progressGivesChangeFromBaselineWithTheMcid() {
        String token = api().token(Demo.THERAPIST, totp);
        String progress = api().get("/api/v1/patients/" + jordan() + "/progress", token).body();
        assertThat(progress).contains("\"instrument\":\"NPRS\"").contains("\"instrument\":\"RMDQ\"")
                .contains("\"mcidReached\":true").contains("\"changePercent\"").contains("\"direction\":\"HIGHER_IS_WORSE\"");
    }

    @Test
    void someoneOutsideTheCareTeamSeesNothing() {
        String token = api().token(Demo.OTHER_THERAPIST, totp);
        assertThat(api().get("/api/v1/patients/" + jordan() + "/progress", token).statusCode()).isEqualTo(404);
        assertThat(api().send("POST", "/api/v1/patients/" + jordan() + "/diary", token, "{\"pain\":2}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aDueQuestionnaireSendsALinkOnlyReminderAndAnOverdueOneAlertsTheTherapistOnce() {
        notices.send();
        UUID kofi = jdbc.sql("select public_id from patient where given_name = 'Kofi'").query(UUID.class).single();
        java.util.List<String> mails = jdbc.sql("select body from outbox_message where recipient = ?")
                .param("kofi.mensah@example.org").query(String.class).list();
        assertThat(mails).isNotEmpty().allMatch(body -> body.contains("http") && !body.contains("Kofi")
                && !body.contains("Roland") && !body.contains("pain"));
        java.util.List<String> overdue = jdbc.sql("select message from alert where patient_id = ? and message like ?")
                .params(kofi, "%Roland-Morris Disability Questionnaire is overdue%").query(String.class).list();
        assertThat(overdue).isNotEmpty();
        notices.send();
        assertThat(jdbc.sql("select body from outbox_message where recipient = ?").param("kofi.mensah@example.org")
                .query(String.class).list()).hasSameSizeAs(mails);
        assertThat(jdbc.sql("select message from alert where patient_id = ? and message like ?")
                .params(kofi, "%Roland-Morris Disability Questionnaire is overdue%").query(String.class).list())
                .hasSameSizeAs(overdue);
    }
}
