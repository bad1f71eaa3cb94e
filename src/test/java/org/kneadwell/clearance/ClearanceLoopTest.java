package org.kneadwell.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kneadwell.identity.Totp;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.Technique;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The clearance loop over the API with the demo clinic: requests reach the clinician on the care team, decisions
 * are all or nothing, and effective safety follows the clearance and its expiry.
 */
@KneadwellTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClearanceLoopTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PatientSafety safety;

    @Autowired
    ClinicSettings clinic;

    /** Tokens once per class: a clinician's TOTP code works once per 30 seconds. */
    String priya;
    String liam;

    @BeforeAll
    void tokens() {
        Api api = new Api(port);
        priya = api.token(Demo.CLINICIAN, totp);
        liam = api.token(Demo.OTHER_CLINICIAN, totp);
    }

    private UUID patient(String family) {
        return jdbc.sql("select public_id from patient where family_name = ?").param(family).query(UUID.class).single();
    }

    private String openRequestOf(Api api, String clinicianToken, UUID patient) {
        String queue = api.get("/api/v1/clearance-requests?status=OPEN", clinicianToken).body();
        int at = queue.indexOf("\"patientId\":\"" + patient + "\"");
        assertThat(at).as("request for " + patient + " in " + queue).isPositive();
        String before = queue.substring(0, at);
        return before.substring(before.lastIndexOf("\"id\":\"") + 6, before.lastIndexOf("\"id\":\"") + 42);
    }

    @Test
    void aDecisionWithoutReasonOrWithABadScopeIsRefusedAndNothingIsSaved() {
        Api api = new Api(port);
        UUID rosa = patient("Martinez");
        String request = openRequestOf(api, priya, rosa);
        LocalDate today = clinic.today(java.time.Clock.systemUTC());

        HttpResponse<String> refused = api.send("POST", "/api/v1/clearance-requests/" + request + "/decision", priya,
                "{\"decision\":\"APPROVE\",\"validUntil\":\"" + today.minusDays(1) + "\",\"reason\":\"\","
                        + "\"scope\":{\"techniques\":[\"SWEDISH\",\"SHIATSU\"],\"avoidRegions\":[\"TAIL\"]}}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"reason\"").contains("\"field\":\"validUntil\"")
                .contains("\"field\":\"scope.techniques[1]\"").contains("\"field\":\"scope.avoidRegions[0]\"");

        HttpResponse<String> tooFar = api.send("POST", "/api/v1/clearance-requests/" + request + "/decision", priya,
                "{\"decision\":\"APPROVE\",\"validUntil\":\"" + today.plusMonths(13) + "\",\"reason\":\"ok\","
                        + "\"scope\":{\"techniques\":[\"SWEDISH\"]}}");
        assertThat(tooFar.body()).contains("\"field\":\"validUntil\"").contains("at most 12 months");

        HttpResponse<String> deepTissue = api.send("POST", "/api/v1/clearance-requests/" + request + "/decision",
                priya, "{\"decision\":\"APPROVE\",\"validUntil\":\"" + today.plusMonths(3) + "\",\"reason\":\"ok\","
                        + "\"scope\":{\"techniques\":[\"DEEP_TISSUE\"]}}");
        assertThat(deepTissue.statusCode()).isEqualTo(400);
        assertThat(deepTissue.body()).contains("scope.");

        assertThat(api.get("/api/v1/clearance-requests?status=OPEN", priya).body()).contains(request);
        assertThat(safety.on(rosa, today).clearanceStatus()).isEqualTo(ClearanceStatus.AWAITING);
    }

    @Test
    void aClinicianOutsideTheCareTeamCannotSeeOrDecide() {
        Api api = new Api(port);
        String request = openRequestOf(api, priya, patient("Martinez"));

        assertThat(api.get("/api/v1/clearance-requests?status=OPEN", liam).body()).doesNotContain(request);
        HttpResponse<String> outside = api.send("POST", "/api/v1/clearance-requests/" + request + "/decision", liam,
                "{\"decision\":\"DECLINE\",\"reason\":\"not mine\"}");
        assertThat(outside.statusCode()).isEqualTo(404);
    }

    @Test
    void anApprovalLiftsTheHoldOnlyWhenItSaysSoAndStopsCountingTheDayAfterItExpires() {
        Api api = new Api(port);
        String tomas = api.token(Demo.OTHER_THERAPIST, totp);
        UUID marek = patient("Kowalski");
        LocalDate today = clinic.today(java.time.Clock.systemUTC());
        assertThat(api.get("/api/v1/patients/" + marek + "/safety", tomas).body()).doesNotContain("\"allowed\":true");

        String request = openRequestOf(api, priya, marek);
        String scope = "\"scope\":{\"techniques\":[\"SWEDISH\"],\"pressureCaps\":{\"SWEDISH\":2}";
        HttpResponse<String> withoutLifting = api.send("POST", "/api/v1/clearance-requests/" + request + "/decision",
                priya, "{\"decision\":\"APPROVE\",\"validUntil\":\"" + today.plusDays(7) + "\",\"reason\":\"Seen in ED, "
                        + "MRI clear\"," + scope + "}}");
        assertThat(withoutLifting.statusCode()).isEqualTo(400);
        assertThat(withoutLifting.body()).contains("\"field\":\"scope.liftsHold\"");

        HttpResponse<String> lifting = api.send("POST", "/api/v1/clearance-requests/" + request + "/decision", priya,
                "{\"decision\":\"APPROVE\",\"validUntil\":\"" + today.plusDays(7) + "\",\"reason\":\"Seen in ED, MRI "
                        + "clear\"," + scope + ",\"liftsHold\":true}}");
        assertThat(lifting.statusCode()).isEqualTo(200);

        SafetyToday now = safety.on(marek, today);
        assertThat(now.clearanceStatus()).isEqualTo(ClearanceStatus.VALID);
        assertThat(now.verdict(Technique.SWEDISH).allowed()).isTrue();
        assertThat(now.verdict(Technique.SWEDISH).maxPressure()).isLessThanOrEqualTo(2);
        assertThat(now.verdict(Technique.DEEP_TISSUE).allowed()).isFalse();
        assertThat(safety.on(marek, today.plusDays(7)).verdict(Technique.SWEDISH).allowed()).isTrue();
        SafetyToday dayAfter = safety.on(marek, today.plusDays(8));
        assertThat(dayAfter.clearanceStatus()).isEqualTo(ClearanceStatus.EXPIRED);
        assertThat(dayAfter.anyAllowed()).isFalse();
    }

    @Test
    void anAbsoluteContraindicationCannotBeLifted() {
        Api api = new Api(port);
        String maya = api.token(Demo.THERAPIST, totp);
        String created = api.send("POST", "/api/v1/patients", maya, "{\"givenName\":\"Dana\",\"familyName\":\"Clotfield\","
                + "\"dateOfBirth\":\"1970-01-01\",\"preferredLanguage\":\"en\"}").body();
        UUID dana = UUID.fromString(created.substring(created.indexOf("\"id\":\"") + 6, created.indexOf("\"id\":\"") + 42));
        jdbc.sql("insert into care_team_member (patient_id, account_id, team_role, added_at, added_by) "
                + "select p.id, a.id, 'CLINICIAN', current_timestamp, a.id from patient p, account a "
                + "where p.public_id = ? and a.email = ?").params(dana, Demo.CLINICIAN).update();
        IntakeForClearance.submitWithCondition(port, totp, dana, "DVT");

        HttpResponse<String> request = api.send("POST", "/api/v1/patients/" + dana + "/clearance-requests", maya,
                "{\"note\":\"Calf clot treated last month, anticoagulated now; can we do gentle back work?\"}");
        assertThat(request.statusCode()).isEqualTo(201);
        String requestId = openRequestOf(api, priya, dana);
        HttpResponse<String> lift = api.send("POST", "/api/v1/clearance-requests/" + requestId + "/decision", priya,
                "{\"decision\":\"APPROVE\",\"validUntil\":\"" + LocalDate.now().plusMonths(1) + "\",\"reason\":\"ok\","
                        + "\"scope\":{\"techniques\":[\"SWEDISH\"],\"pressureCaps\":{\"SWEDISH\":1},"
                        + "\"permissions\":[{\"technique\":\"SWEDISH\",\"restriction\":\"DVT\"}]}}");
        assertThat(lift.statusCode()).isEqualTo(400);
        assertThat(lift.body()).contains("absolute contraindication");
        assertThat(api.get("/api/v1/patients/" + dana + "/safety", maya).body()).doesNotContain("\"allowed\":true");
    }

    @Test
    void aRefusalAfterAnApprovalStopsTreatment() {
        Api api = new Api(port);
        String maya = api.token(Demo.THERAPIST, totp);
        UUID aisha = patient("Rahman");
        LocalDate today = clinic.today(java.time.Clock.systemUTC());
        assertThat(safety.on(aisha, today).clearanceStatus()).isEqualTo(ClearanceStatus.VALID);

        assertThat(api.send("POST", "/api/v1/patients/" + aisha + "/clearance-requests", maya,
                "{\"note\":\"New numbness in the left leg since Monday.\"}").statusCode()).isEqualTo(201);
        String request = openRequestOf(api, priya, aisha);
        HttpResponse<String> declined = api.send("POST", "/api/v1/clearance-requests/" + request + "/decision", priya,
                "{\"decision\":\"DECLINE\",\"reason\":\"Stop massage until the neurology review.\"}");
        assertThat(declined.statusCode()).isEqualTo(200);

        SafetyToday after = safety.on(aisha, today);
        assertThat(after.clearanceStatus()).isEqualTo(ClearanceStatus.DECLINED);
        assertThat(after.badge()).isEqualTo(SafetyBadge.DECLINED);
        assertThat(after.anyAllowed()).isFalse();
    }

    @Test
    void aLaterScreenJoinsTheOpenRequestWhichShowsWhatChanged() {
        Api api = new Api(port);
        UUID kofi = patient("Mensah");
        IntakeForClearance.submitWithCondition(port, totp, kofi, "OSTEOPOROSIS");
        String first = openRequestOf(api, liam, kofi);

        IntakeForClearance.submitWithCondition(port, totp, kofi, "BLEEDING_DISORDER");
        String queue = api.get("/api/v1/clearance-requests?status=OPEN", liam).body();
        assertThat(openRequestOf(api, liam, kofi)).as("one request, still open").isEqualTo(first);
        assertThat(queue).contains("\"conditionsAdded\":[\"BLEEDING_DISORDER\"]")
                .contains("\"conditionsRemoved\":[\"OSTEOPOROSIS\"]");
        assertThat(jdbc.sql("select count(*) from clearance_request where patient_id = ? and status = 'OPEN'")
                .param(kofi).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRefusedDecisionOnSomeoneElsesPatientIsStillAudited() {
        Api api = new Api(port);
        String request = openRequestOf(api, priya, patient("Martinez"));
        assertThat(api.send("POST", "/api/v1/clearance-requests/" + request + "/decision", liam,
                "{\"decision\":\"DECLINE\",\"reason\":\"not mine\"}").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_event where outcome = 'DENIED' and patient_id = ? "
                + "and action = 'patient.edit_clinical'").param(patient("Martinez")).query(Long.class).single())
                .isPositive();
    }
}
