package org.kneadwell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.identity.Totp;
import org.kneadwell.scheduling.clinic.PastSessions;
import org.kneadwell.shared.Technique;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The session note over the API, with Aisha Rahman (reduced sensation in both feet; a clearance with caps and the
 * feet avoided; myofascial release contraindicated) and the demo therapist Maya Chen: every refusal names the field
 * and saves nothing; an override needs a reason and is then audited and alerted; a signed note changes through no
 * route; someone else's session is not found.
 */
@KneadwellTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionNotesApiTest {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PastSessions pastSessions;

    Api api;
    String maya;
    String tomas;
    String jordanToken;
    UUID aisha;
    CurrentUser mayaUser;
    UUID mayaProfile;

    @Autowired
    java.time.Clock clock;

    @Autowired
    org.kneadwell.shared.ClinicSettings clinic;

    @BeforeAll
    void signIn() {
        api = new Api(port);
        maya = api.token(Demo.THERAPIST, totp);
        tomas = api.token(Demo.OTHER_THERAPIST, totp);
        jordanToken = api.token(Demo.PATIENT, totp);
        aisha = jdbc.sql("select public_id from patient where given_name = 'Aisha'").query(UUID.class).single();
        mayaUser = jdbc.sql("select id, public_id, email, display_name from account where email = ?")
                .param(Demo.THERAPIST).query((rs, n) -> new CurrentUser(rs.getLong("id"),
                        rs.getObject("public_id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                        Role.THERAPIST)).single();
        mayaProfile = jdbc.sql("select p.public_id from therapist_profile p join account a on a.id = p.account_id "
                + "where a.email = ?").param(Demo.THERAPIST).query(UUID.class).single();
    }

    /**
     * A session of Aisha with Maya that began a moment ago (today: her clearance was given today, so effective safety
     * on an earlier day allows nothing).
     */
    private UUID pastSession() {
        Instant now = clock.instant();
        Instant dayStart = clinic.today(clock).atStartOfDay(clinic.zone()).toInstant();
        Instant start = now.minusSeconds(60).isBefore(dayStart) ? dayStart : now.minusSeconds(60);
        return pastSessions.record(mayaUser, aisha, mayaProfile, Technique.SWEDISH, start, 60).publicId();
    }

    private static String row(String technique, String regions, int pressure, int minutes, String extra) {
        return "{\"technique\":\"" + technique + "\",\"regions\":[" + regions + "],\"pressure\":" + pressure
                + ",\"minutes\":" + minutes + (extra == null ? "" : "," + extra) + "}";
    }

    private static String note(String... rows) {
        return "{\"painBefore\":6,\"subjective\":\"Back ache\",\"painRegions\":[\"LOWER_BACK_LEFT\"],"
                + "\"objective\":{\"palpation\":[{\"region\":\"LOWER_BACK_LEFT\",\"tension\":2,\"triggerPoints\":true}],"
                + "\"schoberCm\":4.5},\"assessment\":\"Tension\",\"plan\":\"Weekly\",\"treatments\":["
                + String.join(",", rows) + "],\"painAfter\":3,\"patientWords\":\"Lighter\"}";
    }

    private HttpResponse<String> put(String token, UUID session, String body) {
        return api.send("PUT", "/api/v1/appointments/" + session + "/note", token, body);
    }

    private long notes() {
        return jdbc.sql("select count(*) from session_note").query(Long.class).single()
                + jdbc.sql("select count(*) from session_treatment").query(Long.class).single();
    }

    private static String first(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }

    @Test
    void aContraindicatedTechniqueCannotBeRecordedEvenWithAReason() {
        UUID session = pastSession();
        long before = notes();
        HttpResponse<String> refused = put(maya, session, note(row("MYOFASCIAL_RELEASE", "\"LOWER_BACK_LEFT\"", 2,
                20, "\"overrideReason\":\"Patient asked\"")));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"treatments[0].technique\"").contains("Contraindicated today");
        assertThat(notes()).isEqualTo(before);
    }

    @Test
    void overACapWithoutAReasonIsRefusedAndNamesTheRowAndTheLimit() {
        UUID session = pastSession();
        long before = notes();
        HttpResponse<String> refused = put(maya, session, note(row("SWEDISH", "\"LOWER_BACK\"", 4, 30, null),
                row("DEEP_TISSUE", "\"FOOT_LEFT\"", 2, 10, null)));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"treatments[0].pressure\"")
                .contains("\"message\":\"at most 2 today: ")
                .contains("\"field\":\"treatments[1].regions\"").contains("Avoid today (foot, left side)")
                .contains("\"field\":\"treatments[0].overrideReason\"");
        assertThat(notes()).isEqualTo(before);
    }

    @Test
    void anOverrideWithAReasonIsRecordedAuditedAndAlertedToTheClinician() {
        UUID session = pastSession();
        long alerts = jdbc.sql("select count(*) from alert a join account c on c.id = a.account_id "
                + "where c.email = ? and a.patient_id = ?").params(Demo.CLINICIAN, aisha).query(Long.class).single();
        HttpResponse<String> saved = put(maya, session, note(row("SWEDISH", "\"LOWER_BACK\"", 3, 30,
                "\"overrideReason\":\"Dense tension; skin checked, patient comfortable\"")));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("\"status\":\"DRAFT\"").contains("pressure 3 above the cap of 2")
                .contains("Dense tension");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'session.note.override' and patient_id = ?")
                .param(aisha).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from alert a join account c on c.id = a.account_id "
                + "where c.email = ? and a.patient_id = ?").params(Demo.CLINICIAN, aisha).query(Long.class).single())
                .isEqualTo(alerts + 1);
        put(maya, session, note(row("SWEDISH", "\"LOWER_BACK\"", 3, 30,
                "\"overrideReason\":\"Dense tension; skin checked, patient comfortable\"")));
        assertThat(jdbc.sql("select count(*) from alert a join account c on c.id = a.account_id "
                + "where c.email = ? and a.patient_id = ?").params(Demo.CLINICIAN, aisha).query(Long.class).single())
                .as("saving the same override again alerts no one again").isEqualTo(alerts + 1);
        assertThat(jdbc.sql("select status from appointment where public_id = ?").param(session)
                .query(String.class).single()).isEqualTo("ATTENDED");
    }

    @Test
    void badInputNamesEachFieldAndSavesNothing() {
        UUID session = pastSession();
        long before = notes();
        HttpResponse<String> refused = put(maya, session, "{\"painBefore\":11,\"painAfter\":-1,\"painRegions\":[\"ELBOW\"],"
                + "\"attendance\":\"MAYBE\",\"objective\":{\"palpation\":[{\"region\":\"SACRUM\",\"tension\":4}],"
                + "\"schoberCm\":\"far\"},\"treatments\":["
                + row("SWEDISH", "\"LOWER_BACK\"", 7, 0, null) + ","
                + row("SHIATSU", "\"KNEE\"", 2, 999, null) + ","
                + row("HOT_STONE", "\"LOWER_BACK\"", 2, 10, "\"stoneTemperatureC\":60") + "]}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"painBefore\"", "\"field\":\"painAfter\"",
                "\"field\":\"painRegions\"", "\"field\":\"attendance\"", "\"field\":\"objective.palpation[0].tension\"",
                "\"field\":\"objective.schoberCm\"", "\"field\":\"treatments[0].pressure\"",
                "\"field\":\"treatments[0].minutes\"", "\"field\":\"treatments[1].technique\"",
                "\"field\":\"treatments[1].regions\"", "\"field\":\"treatments[1].minutes\"",
                "\"field\":\"treatments[2].stoneTemperatureC\"");
        assertThat(refused.body()).doesNotContain("RF").contains("54 °C");
        assertThat(notes()).isEqualTo(before);
    }

    @Test
    void someoneElsesSessionIsNotFound() {
        UUID session = pastSession();
        assertThat(api.get("/api/v1/appointments/" + session + "/note", tomas).statusCode()).isEqualTo(404);
        long before = notes();
        assertThat(put(tomas, session, note(row("SWEDISH", "\"LOWER_BACK\"", 2, 30, null))).statusCode())
                .isEqualTo(404);
        assertThat(api.send("POST", "/api/v1/appointments/" + session + "/note/sign", tomas, null).statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/appointments/" + UUID.randomUUID() + "/note", maya).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/patients/" + aisha + "/sessions", jordanToken).statusCode()).isEqualTo(404);
        assertThat(notes()).isEqualTo(before);
    }

    @Test
    void aSignedNoteChangesThroughNoRouteAndTakesAddendaAndAVoidWithReasons() {
        UUID session = pastSession();
        HttpResponse<String> incomplete = api.send("POST", "/api/v1/appointments/" + session + "/note/sign", maya, null);
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(put(maya, session, note(row("SWEDISH", "\"LOWER_BACK\"", 2, 40, null))).statusCode()).isEqualTo(200);
        HttpResponse<String> signed = api.send("POST", "/api/v1/appointments/" + session + "/note/sign", maya, null);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(signed.body()).contains("\"status\":\"SIGNED\"").contains("\"signedBy\":\"Maya Chen\"");
        String noteId = first(ID, signed.body());

        long before = notes();
        HttpResponse<String> edit = put(maya, session, note(row("SWEDISH", "\"LOWER_BACK\"", 1, 40, null)));
        assertThat(edit.statusCode()).isEqualTo(422);
        assertThat(edit.body()).contains("\"field\":\"note\"").contains("addendum");
        assertThat(api.send("POST", "/api/v1/appointments/" + session + "/note/sign", maya, null).statusCode())
                .isEqualTo(422);
        assertThat(notes()).isEqualTo(before);

        HttpResponse<String> noReason = api.send("POST", "/api/v1/notes/" + noteId + "/addenda", maya,
                "{\"text\":\"Pressure was 2 throughout\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        HttpResponse<String> addendum = api.send("POST", "/api/v1/notes/" + noteId + "/addenda", maya,
                "{\"text\":\"Pressure was 2 throughout\",\"reason\":\"Clarifying the treatment row\"}");
        assertThat(addendum.statusCode()).as(addendum.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/appointments/" + session + "/note", maya).body())
                .contains("Pressure was 2 throughout").contains("\"author\":\"Maya Chen\"")
                .contains("\"painBefore\":6").contains("\"pressure\":2");

        assertThat(api.send("POST", "/api/v1/notes/" + noteId + "/void", maya, "{}").statusCode()).isEqualTo(400);
        HttpResponse<String> voided = api.send("POST", "/api/v1/notes/" + noteId + "/void", maya,
                "{\"reason\":\"Written for the wrong session\"}");
        assertThat(voided.statusCode()).isEqualTo(200);
        assertThat(voided.body()).contains("\"status\":\"VOIDED\"").contains("Written for the wrong session");
        assertThat(put(maya, session, note(row("SWEDISH", "\"LOWER_BACK\"", 1, 40, null))).statusCode()).isEqualTo(422);
        assertThat(api.send("POST", "/api/v1/notes/" + noteId + "/addenda", maya,
                "{\"text\":\"x\",\"reason\":\"y\"}").statusCode()).isEqualTo(422);
        assertThat(api.get("/api/v1/patients/" + aisha + "/sessions", maya).body()).contains(noteId)
                .contains("\"status\":\"VOIDED\"");
    }

    @Test
    void aNoteWaitsForTheSessionsDay() {
        String future = jdbc.sql("select public_id from appointment where status = 'BOOKED' and starts_at > ? "
                + "order by starts_at desc limit 1").param(java.time.OffsetDateTime.now().plusDays(2))
                .query(String.class).single();
        HttpResponse<String> early = api.send("PUT", "/api/v1/appointments/" + future + "/note", maya,
                note(row("SWEDISH", "\"LOWER_BACK\"", 2, 30, null)));
        assertThat(early.statusCode()).as(early.body()).isEqualTo(422);
        assertThat(early.body()).contains("\"field\":\"appointment\"").contains("from the session's day onward");
    }

    @Test
    void thePatientSeesTheirSignedSessionsWithPainBeforeAndAfter() {
        UUID jordan = jdbc.sql("select public_id from patient where given_name = 'Jordan'").query(UUID.class).single();
        HttpResponse<String> sessions = api.get("/api/v1/patients/" + jordan + "/sessions", jordanToken);
        assertThat(sessions.statusCode()).isEqualTo(200);
        assertThat(sessions.body()).contains("\"painBefore\":6", "\"painAfter\":4", "\"painBefore\":5",
                "\"painAfter\":2", "\"technique\":\"SWEDISH\"").doesNotContain("\"status\":\"DRAFT\"");
        assertThat(api.get("/api/v1/patients/" + jordan + "/recommendations", jordanToken).body())
                .contains("3 sessions of this").doesNotContain("No sessions yet");
    }
}
