package org.kneadwell.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 13 item 4 over HTTP, as the demo patient and care team: access, bad input, retraction; refusals store nothing. */
@KneadwellTest
class MessagingApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    private Api api() {
        return new Api(port);
    }

    private UUID patient(String given) {
        return jdbc.sql("select public_id from patient where given_name = ?").param(given).query(UUID.class).single();
    }

    private int stored() {
        return jdbc.sql("select (select count(*) from message_thread) + (select count(*) from message)")
                .query(Integer.class).single();
    }

    private static String idIn(String json) {
        return JSON.readTree(json).get("id").asString();
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    /** The thread with this id in a GET /threads answer. */
    private static tools.jackson.databind.JsonNode thread(String json, String id) {
        for (tools.jackson.databind.JsonNode t : JSON.readTree(json)) {
            if (t.get("id").asString().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("No thread " + id + " in " + json);
    }

    @Test
    void thePatientStartsAThreadTheTherapistAnswersAndEachSeesTheirUnreadCount() {
        UUID jordan = patient("Jordan");
        String jordanToken = api().token(Demo.PATIENT, totp);
        String mayaToken = api().token(Demo.THERAPIST, totp);

        HttpResponse<String> started = api().send("POST", "/api/v1/patients/" + jordan + "/threads", jordanToken,
                "{\"subject\":\"Heat pack question\",\"body\":\"Is it fine to use a heat pack before the session?\"}");
        assertThat(started.statusCode()).isEqualTo(201);
        String thread = idIn(started.body());

        var mayaView = thread(api().get("/api/v1/patients/" + jordan + "/threads", mayaToken).body(), thread);
        assertThat(mayaView.get("subject").asString()).isEqualTo("Heat pack question");
        assertThat(mayaView.get("unread").asInt()).isEqualTo(1);

        HttpResponse<String> reply = api().send("POST", "/api/v1/patients/" + jordan + "/threads/" + thread + "/messages",
                mayaToken, "{\"body\":\"Yes, a warm pack for 10 minutes is fine.\"}");
        assertThat(reply.statusCode()).isEqualTo(201);

        var jordanView = thread(api().get("/api/v1/patients/" + jordan + "/threads", jordanToken).body(), thread);
        assertThat(jordanView.get("unread").asInt()).isEqualTo(1);
        assertThat(jordanView.get("messages")).hasSize(2);
        assertThat(jordanView.get("messages").get(1).get("body").asString()).as("newest last")
                .isEqualTo("Yes, a warm pack for 10 minutes is fine.");

        String mail = jdbc.sql("select subject || ' ' || body from outbox_message where recipient = ? order by id desc limit 1")
                .param(Demo.PATIENT).query(String.class).single();
        assertThat(mail).contains("/patients/" + jordan + "/threads/" + thread)
                .doesNotContain("warm pack").doesNotContain("Heat pack").doesNotContain("Maya");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'messaging.message.create' and record_id = ?")
                .param(idIn(reply.body())).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void emptyAndOverLongTextIsRefusedNamingTheFieldAndNothingIsStored() {
        UUID jordan = patient("Jordan");
        String token = api().token(Demo.PATIENT, totp);
        int before = stored();

        HttpResponse<String> empty = api().send("POST", "/api/v1/patients/" + jordan + "/threads", token,
                "{\"subject\":\" \",\"body\":\"\"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(empty.body()).contains("\"field\":\"subject\"").contains("\"field\":\"body\"");

        HttpResponse<String> tooLong = api().send("POST", "/api/v1/patients/" + jordan + "/threads", token,
                "{\"subject\":\"Long\",\"body\":\"" + "a".repeat(10_001) + "\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"body\"").doesNotContain("\"field\":\"subject\"");

        String thread = jdbc.sql("select public_id from message_thread where patient_id = ? order by id")
                .param(jordan).query(String.class).list().get(0);
        HttpResponse<String> noBody = api().send("POST", "/api/v1/patients/" + jordan + "/threads/" + thread + "/messages",
                token, "{}");
        assertThat(noBody.statusCode()).isEqualTo(400);
        assertThat(noBody.body()).contains("\"field\":\"body\"");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void someoneElsesPatientAndAThreadOfAnotherPatientAreNotFoundAndNothingIsStored() {
        UUID jordan = patient("Jordan");
        UUID aisha = patient("Aisha");
        String tomas = api().token(Demo.OTHER_THERAPIST, totp);
        String maya = api().token(Demo.THERAPIST, totp);
        int before = stored();

        assertThat(api().get("/api/v1/patients/" + jordan + "/threads", tomas).statusCode()).isEqualTo(404);
        HttpResponse<String> foreign = api().send("POST", "/api/v1/patients/" + jordan + "/threads", tomas,
                "{\"subject\":\"Hello\",\"body\":\"Hello\"}");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("Jordan");

        String aishasThread = jdbc.sql("select public_id from message_thread where patient_id = ? order by id")
                .param(aisha).query(String.class).list().get(0);
        assertThat(api().send("POST", "/api/v1/patients/" + jordan + "/threads/" + aishasThread + "/messages", maya,
                "{\"body\":\"Wrong thread\"}").statusCode()).as("Aisha's thread under Jordan's record").isEqualTo(404);
        assertThat(api().send("POST", "/api/v1/patients/" + jordan + "/threads/" + UUID.randomUUID() + "/messages", maya,
                "{\"body\":\"No thread\"}").statusCode()).isEqualTo(404);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void theAuthorRetractsWithinFiveMinutesAndNobodyElseOrLaterMay() {
        UUID jordan = patient("Jordan");
        String jordanToken = api().token(Demo.PATIENT, totp);
        String mayaToken = api().token(Demo.THERAPIST, totp);
        String thread = idIn(api().send("POST", "/api/v1/patients/" + jordan + "/threads", mayaToken,
                "{\"subject\":\"Retract test\",\"body\":\"Hold each stretch for 2 minutes.\"}").body());
        String message = jdbc.sql("select m.public_id from message m join message_thread t on t.id = m.thread_id "
                + "where t.public_id = ?").param(UUID.fromString(thread)).query(String.class).single();

        HttpResponse<String> byJordan = api().send("POST", "/api/v1/messages/" + message + "/retract", jordanToken, null);
        assertThat(byJordan.statusCode()).isEqualTo(403);
        assertThat(byJordan.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");

        assertThat(api().send("POST", "/api/v1/messages/" + message + "/retract", mayaToken, null).statusCode())
                .isEqualTo(204);
        String view = api().get("/api/v1/patients/" + jordan + "/threads", jordanToken).body();
        assertThat(view).doesNotContain("Hold each stretch for 2 minutes.");
        assertThat(thread(view, thread).get("messages").get(0).get("retracted").asBoolean()).isTrue();
        assertThat(jdbc.sql("select body from message where public_id = ?").param(UUID.fromString(message))
                .query(String.class).single()).as("kept for the record").isEqualTo("Hold each stretch for 2 minutes.");
        assertThat(api().send("POST", "/api/v1/messages/" + message + "/retract", mayaToken, null).statusCode())
                .isEqualTo(409);

        String old = jdbc.sql("select m.public_id from message m join account a on a.public_id = m.author_id "
                + "where a.email = ? and m.retracted_at is null and m.sent_at < ? order by m.id")
                .params(Demo.THERAPIST, java.time.OffsetDateTime.now().minusDays(1)).query(String.class).list().get(0);
        HttpResponse<String> late = api().send("POST", "/api/v1/messages/" + old + "/retract", mayaToken, null);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("5 minutes");
        assertThat(api().send("POST", "/api/v1/messages/" + UUID.randomUUID() + "/retract", mayaToken, null)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void markupIsStoredAndAnsweredAsPlainText() {
        UUID jordan = patient("Jordan");
        String token = api().token(Demo.PATIENT, totp);
        assertThat(api().send("POST", "/api/v1/patients/" + jordan + "/threads", token,
                "{\"subject\":\"<b>Markup</b>\",\"body\":\"<script>alert(1)</script>\"}").statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("select body from message order by id desc limit 1").query(String.class).single())
                .isEqualTo("<script>alert(1)</script>");
    }
}
