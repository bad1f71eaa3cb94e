package org.kneadwell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The note page without a browser: Amara Okafor's note for Hannah Schmidt's session yesterday (demo). A refused save
 * shows the message beside the field and keeps what was typed, and saves nothing; the live row check names the limit;
 * the chart lists the sessions with pain before and after; someone else's session is not found.
 */
@KneadwellTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotePageTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    Browserless amara;
    UUID session;
    UUID hannah;

    @BeforeAll
    void signIn() {
        amara = new Browserless(port);
        assertThat(amara.signIn("amara.okafor@demo.kneadwell.org", totp)).isTrue();
        hannah = jdbc.sql("select public_id from patient where given_name = 'Hannah'").query(UUID.class).single();
        session = jdbc.sql("select a.public_id from appointment a where a.patient_id = ? and a.technique = 'HOT_STONE' "
                + "and a.status = 'ATTENDED' and not exists (select 1 from session_note n where n.appointment_id = "
                + "a.public_id)").param(hannah).query(UUID.class).single();
    }

    private Map<String, String> row(String pressure, String stone) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("attendance", "ATTENDED");
        form.put("painBefore", "5");
        form.put("treatments[0].technique", "HOT_STONE");
        form.put("treatments[0].regions", "LOWER_BACK_LEFT");
        form.put("treatments[0].pressure", pressure);
        form.put("treatments[0].minutes", "40");
        form.put("treatments[0].stoneTemperatureC", stone);
        form.put("painAfter", "3");
        return form;
    }

    @Test
    void theNotePageShowsTheLimitsOfTheSessionsDay() {
        HttpResponse<String> page = amara.get("/appointments/" + session + "/note");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Limits on this day").contains("Pregnancy").contains("hx-post");
    }

    @Test
    void aRefusedSaveShowsEachMessageBesideItsFieldKeepsTheInputAndSavesNothing() {
        long before = jdbc.sql("select count(*) from session_note").query(Long.class).single();
        HttpResponse<String> refused = amara.post("/appointments/" + session + "/note", row("9", "52"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Nothing was saved").contains("Walton pressure is a whole number from 0 to 5")
                .contains("value=\"9\"").contains("value=\"52\"");
        HttpResponse<String> tooHot = amara.post("/appointments/" + session + "/note", row("2", "52"));
        assertThat(tooHot.body()).contains("Stones at most 49 °C today").contains("needs your reason");
        assertThat(jdbc.sql("select count(*) from session_note").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theLiveRowCheckNamesTheLimitOrSaysTheRowIsWithinIt() {
        Map<String, String> form = row("2", "52");
        assertThat(amara.post("/appointments/" + session + "/note/check?row=0", form).body())
                .contains("Stones at most 49 °C today");
        assertThat(amara.post("/appointments/" + session + "/note/check?row=0", row("2", "46")).body())
                .contains("Within today&#39;s limits.");
    }

    @Test
    void theChartListsSessionsWithPainBeforeAndAfterAndTheOverride() {
        HttpResponse<String> chart = amara.get("/patients/" + hannah);
        assertThat(chart.body()).contains("Session notes").contains("5 → 3").contains("Beyond today&#39;s limits")
                .contains("Regions across signed sessions");
        UUID jordanSession = jdbc.sql("select appointment_id from session_note n join patient p on p.public_id = "
                + "n.patient_id where p.given_name = 'Jordan' order by session_start limit 1").query(UUID.class).single();
        assertThat(amara.get("/appointments/" + jordanSession + "/session").statusCode()).isEqualTo(404);
    }

    @Test
    void theDemoPatientSeesTheirSessionWithBothBodyMaps() {
        Browserless jordan = new Browserless(port);
        assertThat(jordan.signIn(Demo.PATIENT, totp)).isTrue();
        UUID jordanSession = jdbc.sql("select appointment_id from session_note n join patient p on p.public_id = "
                + "n.patient_id where p.given_name = 'Jordan' order by session_start limit 1").query(UUID.class).single();
        HttpResponse<String> view = jordan.get("/appointments/" + jordanSession + "/session");
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).contains("Pain 7 → 5").contains("Where it hurt").contains("Where it was treated")
                .doesNotContain("Void this note");
    }
}
