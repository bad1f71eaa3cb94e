package org.kneadwell.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Api;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Security review, issue 9 item 5: a booking's plan must be the patient's own active plan. Another patient's plan, or
 * a completed one, is refused naming planId on the API and on the booking page, and nothing is stored.
 */
@KneadwellTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanOfTheBookingTest {

    private static final Pattern SLOT = Pattern.compile("\"start\":\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String maya;
    String mayaProfile;
    UUID jordan;
    UUID jordansPlan;
    UUID weisCompletedPlan;

    @BeforeAll
    void signIn() {
        api = new Api(port);
        maya = api.token(Demo.THERAPIST, totp);
        mayaProfile = jdbc.sql("select p.public_id from therapist_profile p join account a on a.id = p.account_id "
                + "where a.display_name = 'Maya Chen'").query(String.class).single();
        jordan = patient("Ellis");
        jordansPlan = plan(jordan, "ACTIVE");
        weisCompletedPlan = plan(patient("Zhang"), "COMPLETED");
    }

    private UUID patient(String family) {
        return jdbc.sql("select public_id from patient where family_name = ?").param(family).query(UUID.class).single();
    }

    private UUID plan(UUID patient, String status) {
        return jdbc.sql("select public_id from treatment_plan where patient_id = ? and status = ?")
                .params(patient, status).query(UUID.class).single();
    }

    private String slot(int days) {
        LocalDate from = LocalDate.now().plusDays(days);
        Matcher m = SLOT.matcher(api.get("/api/v1/therapists/" + mayaProfile + "/slots?from=" + from + "&to="
                + from.plusDays(6) + "&minutes=60", maya).body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> book(String start, UUID plan) {
        return api.send("POST", "/api/v1/appointments", maya, "{\"patientId\":\"" + jordan + "\",\"therapistId\":\""
                + mayaProfile + "\",\"start\":\"" + start + "\",\"minutes\":60,\"technique\":\"SWEDISH\",\"planId\":\""
                + plan + "\"}");
    }

    private long appointments() {
        return jdbc.sql("select count(*) from appointment").query(Long.class).single();
    }

    private long refusalsAudited() {
        return jdbc.sql("select count(*) from audit_event where action = 'appointment.book' and outcome = 'DENIED' "
                + "and patient_id = ? and record_type = 'treatment-plan' and record_id = ?")
                .params(jordan, weisCompletedPlan.toString()).query(Long.class).single();
    }

    @Test
    void anotherPatientsCompletedPlanIsRefusedNamingPlanIdAndNothingIsStored() {
        long before = appointments();
        long refusalsBefore = refusalsAudited();
        HttpResponse<String> refused = book(slot(100), weisCompletedPlan);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"planId\"").contains("No such active plan for this patient");
        HttpResponse<String> unknown = book(slot(100), UUID.randomUUID());
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"planId\"");
        assertThat(appointments()).isEqualTo(before);
        assertThat(refusalsAudited()).isEqualTo(refusalsBefore + 1);

        HttpResponse<String> own = book(slot(100), jordansPlan);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        assertThat(own.body()).contains("\"planId\":\"" + jordansPlan + "\"");
    }

    @Test
    void theBookingPageRefusesAnotherPatientsPlanToo() {
        Browserless page = new Browserless(port);
        assertThat(page.signIn(Demo.THERAPIST, totp)).isTrue();
        page.get("/patients/" + jordan + "/book");
        long before = appointments();
        HttpResponse<String> posted = page.post("/patients/" + jordan + "/appointments", Map.of("therapist",
                mayaProfile, "start", slot(110), "minutes", "60", "technique", "SWEDISH", "plan",
                weisCompletedPlan.toString()));
        assertThat(posted.statusCode()).isEqualTo(302);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/patients/" + jordan + "/book");
        assertThat(page.get(location.replaceFirst("^https?://[^/]+", "")).body())
                .contains("No such active plan for this patient");
        assertThat(appointments()).isEqualTo(before);
    }
}
