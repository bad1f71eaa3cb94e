package org.kneadwell.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.clearance.Clearances;
import org.kneadwell.clearance.DecisionInput;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Totp;
import org.kneadwell.patient.PatientNotFoundException;
import org.kneadwell.support.Api;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every refusal leaves an audit event naming who was refused and what they tried to reach. */
@KneadwellTest
class RefusalAuditTest {

    @LocalServerPort int port;
    @Autowired Totp totp;
    @Autowired JdbcClient jdbc;
    @Autowired AccountDirectory accounts;
    @Autowired Clearances clearances;

    @Test
    void aTherapistRefusedAnAdminPageIsAuditedWithThePage() {
        Browserless therapist = new Browserless(port);
        assertThat(therapist.signIn(Demo.THERAPIST, totp)).isTrue();

        assertThat(therapist.get("/admin/audit?patient=x").statusCode()).isEqualTo(403);
        therapist.get("/");
        assertThat(therapist.post("/admin/users", Map.of("email", "new@clinic.example")).statusCode()).isEqualTo(403);

        assertThat(refusals(Demo.THERAPIST, "route.refused", "GET /admin/audit")).isEqualTo(1);
        assertThat(refusals(Demo.THERAPIST, "route.refused", "POST /admin/users")).isEqualTo(1);
    }

    @Test
    void aTherapistRefusedAClearanceDecisionIsAuditedWithTheRequestAndNothingIsDecided() {
        UUID request = jdbc.sql("select public_id from clearance_request where status = 'OPEN' order by id limit 1")
                .query(UUID.class).single();
        Api api = new Api(port);
        String token = api.token(Demo.THERAPIST, totp);
        HttpResponse<String> overApi = api.send("POST", "/api/v1/clearance-requests/" + request + "/decision", token,
                "{\"decision\":\"DECLINE\",\"reason\":\"not mine to decide\"}");
        Browserless therapist = new Browserless(port);
        assertThat(therapist.signIn(Demo.THERAPIST, totp)).isTrue();
        therapist.get("/"); // the form's CSRF token after sign-in
        HttpResponse<String> overPage = therapist.post("/clearances/" + request + "/decision",
                Map.of("decision", "DECLINE", "reason", "not mine to decide"));

        assertThat(overApi.statusCode()).isEqualTo(403);
        assertThat(overApi.body()).contains("\"status\":403");
        assertThat(overPage.statusCode()).isEqualTo(403);
        assertThat(refusals(Demo.THERAPIST, "route.refused",
                "POST /api/v1/clearance-requests/" + request + "/decision")).isEqualTo(1);
        assertThat(refusals(Demo.THERAPIST, "route.refused", "POST /clearances/" + request + "/decision")).isEqualTo(1);
        assertThat(jdbc.sql("select status from clearance_request where public_id = ?").param(request)
                .query(String.class).single()).isEqualTo("OPEN");
    }

    @Test
    void aDecisionOnARequestThatDoesNotExistIsAuditedWithItsId() {
        CurrentUser clinician = accounts.findByEmail(Demo.CLINICIAN).orElseThrow().asCurrentUser();
        UUID missing = UUID.randomUUID();

        assertThatThrownBy(() -> clearances.decide(clinician, missing,
                new DecisionInput("DECLINE", null, null, "no such request")))
                .isInstanceOf(PatientNotFoundException.class);
        assertThatThrownBy(() -> clearances.open(clinician, missing)).isInstanceOf(PatientNotFoundException.class);

        assertThat(refusals(Demo.CLINICIAN, "clearance.decide", missing.toString())).isEqualTo(1);
        assertThat(refusals(Demo.CLINICIAN, "clearance.request.read", missing.toString())).isEqualTo(1);
    }

    private long refusals(String email, String action, String target) {
        return jdbc.sql("""
                select count(*) from audit_event e join account a on a.public_id = e.actor_id
                where a.email = ? and e.action = ? and e.record_id = ? and e.outcome = 'DENIED'""")
                .params(email, action, target).query(Long.class).single();
    }
}
