package org.kneadwell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The care team records a reaction from the chart: a bad choice is named beside its field, what was typed stays. */
@KneadwellTest
class AdverseEventPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTherapistRecordsAReactionAndABadSeverityIsRefusedBesideTheFieldKeepingTheWords() {
        UUID jordan = jdbc.sql("select public_id from patient where given_name = 'Jordan' and family_name = 'Ellis'")
                .query(UUID.class).single();
        Browserless maya = new Browserless(port);
        assertThat(maya.signIn(Demo.THERAPIST, totp)).isTrue();
        assertThat(maya.get("/patients/" + jordan + "/adverse-events/new").statusCode()).isEqualTo(200);
        int before = events(jordan);

        HttpResponse<String> refused = maya.post("/patients/" + jordan + "/adverse-events",
                Map.of("kind", "SKIN_IRRITATION", "severity", "DREADFUL", "description", "Red patch on the left calf"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"severity-error\"").contains("Choose none, mild, moderate or severe")
                .contains("Red patch on the left calf").doesNotContain("DREADFUL<");
        assertThat(events(jordan)).as("nothing stored").isEqualTo(before);

        HttpResponse<String> recorded = maya.post("/patients/" + jordan + "/adverse-events",
                Map.of("kind", "SKIN_IRRITATION", "severity", "MILD", "description", "Red patch on the left calf"));

        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(events(jordan)).isEqualTo(before + 1);
        assertThat(maya.get("/patients/" + jordan).body()).contains("id=\"adverse-events\"").contains("Skin redness or rash")
                .contains("Red patch on the left calf");
    }

    @Test
    void aTherapistOutsideTheCareTeamCannotRecordOrOpenTheForm() {
        UUID jordan = jdbc.sql("select public_id from patient where given_name = 'Jordan' and family_name = 'Ellis'")
                .query(UUID.class).single();
        Browserless tomas = new Browserless(port);
        assertThat(tomas.signIn(Demo.OTHER_THERAPIST, totp)).isTrue();
        int before = events(jordan);

        assertThat(tomas.get("/patients/" + jordan + "/adverse-events/new").statusCode()).isEqualTo(404);
        tomas.get("/");
        assertThat(tomas.post("/patients/" + jordan + "/adverse-events", Map.of("kind", "BURN", "severity", "SEVERE"))
                .statusCode()).isEqualTo(404);
        assertThat(events(jordan)).isEqualTo(before);
    }

    private int events(UUID patient) {
        return jdbc.sql("select count(*) from adverse_event where patient_id = ?").param(patient)
                .query(Integer.class).single();
    }
}
