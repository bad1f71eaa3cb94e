package org.kneadwell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.DemoDay;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The calendar, the clinic's day, a session's page and the check-in form as pages: who sees them, and a refused form
 * that keeps what was ticked, says what is wrong beside the field and stores nothing.
 */
@KneadwellTest
class SessionPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.kneadwell.shared.ClinicSettings clinic;

    @Autowired
    java.time.Clock clock;

    @Test
    void theTherapistSeesHerDayAndWeekAndTheAdminEveryTherapistSideBySide() {
        Browserless maya = signedIn(Demo.THERAPIST);
        HttpResponse<String> day = maya.get("/sessions");
        assertThat(day.statusCode()).isEqualTo(200);
        assertThat(day.body()).contains("hx-get");
        assertThat(maya.get("/sessions?day=" + day("Hannah", "BOOKED")).body()).contains("Hannah Schmidt");
        assertThat(maya.get("/sessions?day=" + day("David", "BOOKED")).body()).contains("David Okonkwo")
                .contains("Blocked by safety");
        assertThat(maya.get("/sessions?day=" + day("Kofi", "NO_SHOW")).body()).contains("No-show");
        assertThat(maya.get("/sessions?day=" + day("Aisha", "ATTENDED")).body()).contains("Attended");
        assertThat(maya.get("/sessions?day=" + day("Jordan", "BOOKED")).body()).contains("Checked in");
        assertThat(maya.get("/sessions?view=week&day=" + day("Hannah", "BOOKED")).body()).contains("Hannah Schmidt")
                .contains("Previous week");
        assertThat(maya.get("/sessions?day=not-a-day").statusCode()).isEqualTo(200);
        String home = maya.get("/").body();
        assertThat(home).contains("Today&#39;s sessions");
        if (day("Hannah", "BOOKED").equals(clinic.today(clock))) {
            assertThat(home).contains("Hannah Schmidt");
        }

        HttpResponse<String> clinic = signedIn(Demo.ADMIN).get("/sessions/clinic");
        assertThat(clinic.statusCode()).isEqualTo(200);
        assertThat(clinic.body()).contains("Maya Chen").contains("Tomas Novak").contains("Hannah Schmidt");
        assertThat(signedIn(Demo.CLINICIAN).get("/sessions").statusCode()).isEqualTo(403);
        assertThat(signedIn(Demo.PATIENT).get("/sessions/clinic").statusCode()).isEqualTo(403);
    }

    @Test
    void aBlockedSessionShowsTheStopBannerToItsTherapistAndIsNotFoundForOthers() {
        UUID david = todayWithMaya("David");
        HttpResponse<String> page = signedIn(Demo.THERAPIST).get("/sessions/" + david);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"stop-banner\"").contains("on hold");
        assertThat(signedIn(Demo.PATIENT).get("/sessions/" + david).statusCode()).isEqualTo(404);
        assertThat(signedIn(Demo.PATIENT).get("/sessions/" + david + "/check-in").statusCode()).isEqualTo(404);
    }

    @Test
    void aRefusedCheckInKeepsWhatWasTickedNamesTheFieldAndStoresNothing() {
        UUID hannah = todayWithMaya("Hannah");
        Browserless maya = signedIn(Demo.THERAPIST);
        maya.get("/sessions/" + hannah + "/check-in");
        long before = jdbc.sql("select count(*) from session_check_in where appointment_id = ?").param(hannah)
                .query(Long.class).single();

        HttpResponse<String> refused = maya.post("/sessions/" + hannah + "/check-in",
                Map.of("painNow", "", "newMedicines", "BLOOD_THINNERS"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"painNow-error\"").contains("is-invalid")
                .containsPattern("value=\"BLOOD_THINNERS\"[^>]*checked");
        assertThat(maya.post("/sessions/" + hannah + "/check-in", Map.of("painNow", "4", "redFlags", "RF99")).body())
                .contains("id=\"redFlags-error\"");
        assertThat(jdbc.sql("select count(*) from session_check_in where appointment_id = ?").param(hannah)
                .query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void thePatientChecksInFromTheReminderLink() {
        UUID jordan = todayWithMaya("Jordan");
        Browserless patient = signedIn(Demo.PATIENT);
        HttpResponse<String> form = patient.get("/sessions/" + jordan + "/check-in");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("A fever, chills or feeling generally unwell").doesNotContain("RF8<");

        HttpResponse<String> sent = patient.post("/sessions/" + jordan + "/check-in", Map.of("painNow", "3"));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElse("")).endsWith("/sessions/" + jordan);
        assertThat(patient.get("/sessions/" + jordan).body()).contains("id=\"check-in-done\"").contains("by the patient");
    }

    private Browserless signedIn(String email) {
        Browserless page = new Browserless(port);
        assertThat(page.signIn(email, totp)).isTrue();
        return page;
    }

    private java.time.LocalDate day(String given, String status) {
        return DemoDay.of(jdbc, clock, clinic.zone(), given, status);
    }

    private UUID todayWithMaya(String given) {
        return jdbc.sql("select a.public_id from appointment a join patient p on p.public_id = a.patient_id "
                + "join therapist_profile t on t.public_id = a.therapist_id join account c on c.id = t.account_id "
                + "where p.given_name = ? and c.email = ? and a.status = 'BOOKED' order by a.id desc limit 1")
                .params(given, Demo.THERAPIST).query(UUID.class).single();
    }
}
