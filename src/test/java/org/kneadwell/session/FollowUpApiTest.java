package org.kneadwell.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kneadwell.shared.SqlTime.utc;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.Totp;
import org.kneadwell.notification.Outbox;
import org.kneadwell.scheduling.SessionReviews;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 48-hour follow-up end to end through the JSON API and the job: who may answer, what is refused (naming the
 * field, storing nothing), and what a severe or a mild reaction sets off.
 */
@KneadwellTest
class FollowUpApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    FollowUpRequests requests;

    @Autowired
    Outbox outbox;

    @Autowired
    SessionReviews reviews;

    @Autowired
    AccountDirectory accounts;

    Api api;
    UUID jordan;
    UUID maya;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        jordan = jdbc.sql("select public_id from patient where given_name = 'Jordan' and family_name = 'Ellis'")
                .query(UUID.class).single();
        maya = jdbc.sql("select p.public_id from therapist_profile p join account a on a.id = p.account_id where a.email = ?")
                .param(Demo.THERAPIST).query(UUID.class).single();
    }

    @Test
    void theJobAsksOnceFortyEightHoursAfterTheSessionAndNotBefore() {
        UUID due = attendedSession(jordan, clock.instant().minus(Duration.ofHours(49)));
        UUID early = attendedSession(jordan, clock.instant().minus(Duration.ofHours(47)));
        int mailsBefore = followUpMails();

        requests.requestDue();
        requests.requestDue();

        assertThat(followUpsOf(due)).as("one request, however often the job runs").isEqualTo(1);
        assertThat(followUpsOf(early)).as("not before 48 hours").isZero();
        assertThat(followUpMails()).as("one e-mail for the new request").isEqualTo(mailsBefore + 1);
        assertThat(outbox.latest(20)).filteredOn(m -> m.body().contains(due.toString())).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("/appointments/" + due + "/follow-up")
                        .doesNotContain("Ellis").doesNotContain("wedish").doesNotContain("bruis"));
    }

    @Test
    void aSevereReactionAlertsTheClinicianAtOnceAndPutsTheNextSessionUpForReview() {
        UUID session = attendedSession(jordan, clock.instant().minus(Duration.ofHours(50)));
        long priya = accounts.findByEmail(Demo.CLINICIAN).orElseThrow().id();
        int alertsBefore = pinnedSevereAlerts(priya);
        String token = api.token(Demo.PATIENT, totp);

        HttpResponse<String> answered = api.send("POST", "/api/v1/appointments/" + session + "/follow-up", token, """
                {"painNow":7,"soreness":"MODERATE","bruising":"SEVERE","otherReactions":[],"helpfulness":"A_LITTLE"}""");

        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        assertThat(answered.body()).contains("\"severity\":\"SEVERE\"").contains("\"kind\":\"BRUISING\"");
        assertThat(pinnedSevereAlerts(priya)).isEqualTo(alertsBefore + 1);
        UUID next = nextBooked(jordan);
        try {
            assertThat(jdbc.sql("select review_reason from appointment where public_id = ?").param(next)
                    .query(String.class).single()).contains("severe reaction (bruising)");
            assertThat(api.get("/api/v1/patients/" + jordan + "/appointments", token).body())
                    .contains("\"needsReview\":true");
        } finally {
            reviews.reviewed(accounts.findByEmail(Demo.THERAPIST).orElseThrow().asCurrentUser(), next);
        }
    }

    @Test
    void aMildReactionDoesNotAlertAtOnceNorMarkTheNextSession() {
        UUID session = attendedSession(jordan, clock.instant().minus(Duration.ofHours(51)));
        long priya = accounts.findByEmail(Demo.CLINICIAN).orElseThrow().id();
        long mayaAccount = accounts.findByEmail(Demo.THERAPIST).orElseThrow().id();
        int alertsBefore = alertsAbout(priya) + alertsAbout(mayaAccount);
        String token = api.token(Demo.PATIENT, totp);

        HttpResponse<String> answered = api.send("POST", "/api/v1/appointments/" + session + "/follow-up", token, """
                {"painNow":2,"soreness":"MILD","bruising":"NONE",
                 "otherReactions":[{"kind":"HEADACHE","severity":"MILD"}],"helpfulness":"VERY"}""");

        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        assertThat(alertsAbout(priya) + alertsAbout(mayaAccount)).isEqualTo(alertsBefore);
        assertThat(jdbc.sql("select count(*) from appointment where patient_id = ? and review_reason is not null")
                .param(jordan).query(Integer.class).single()).isZero();
        assertThat(api.get("/api/v1/patients/" + jordan + "/adverse-events", api.token(Demo.THERAPIST, totp)).body())
                .contains(session.toString()).contains("\"kind\":\"HEADACHE\"").contains("\"severity\":\"MILD\"");
    }

    @Test
    void badAnswersAreRefusedNamingTheFieldAndNothingIsStored() {
        UUID session = attendedSession(jordan, clock.instant().minus(Duration.ofHours(52)));
        String token = api.token(Demo.PATIENT, totp);
        int eventsBefore = adverseEventsOf(jordan);

        assertRefused(api.send("POST", "/api/v1/appointments/" + session + "/follow-up", token, """
                {"painNow":11,"soreness":"SEVERE","bruising":"NONE","helpfulness":"VERY"}"""), "painNow");
        assertRefused(api.send("POST", "/api/v1/appointments/" + session + "/follow-up", token, """
                {"painNow":3,"soreness":"SEVERE","bruising":"NONE","helpfulness":"VERY",
                 "otherReactions":[{"kind":"SPONTANEOUS_COMBUSTION","severity":"SEVERE"}]}"""), "otherReactions[0].kind");
        assertRefused(api.send("POST", "/api/v1/appointments/" + session + "/follow-up", token, """
                {"painNow":3,"soreness":"UNBEARABLE","bruising":"NONE","helpfulness":"VERY"}"""), "soreness");
        assertThat(adverseEventsOf(jordan)).as("nothing stored").isEqualTo(eventsBefore);
        assertThat(jdbc.sql("select count(*) from follow_up where appointment_id = ? and answered_at is not null")
                .param(session).query(Integer.class).single()).isZero();

        String good = """
                {"painNow":3,"soreness":"NONE","bruising":"MILD","helpfulness":"SOMEWHAT"}""";
        assertThat(api.send("POST", "/api/v1/appointments/" + session + "/follow-up", token, good).statusCode())
                .isEqualTo(201);
        assertRefused(api.send("POST", "/api/v1/appointments/" + session + "/follow-up", token, """
                {"painNow":9,"soreness":"SEVERE","bruising":"SEVERE","helpfulness":"NOT_AT_ALL"}"""), "appointment");
        assertThat(adverseEventsOf(jordan)).as("the second answer changed nothing").isEqualTo(eventsBefore + 1);

        UUID booked = nextBooked(jordan);
        assertRefused(api.send("POST", "/api/v1/appointments/" + booked + "/follow-up", token, good), "appointment");
    }

    @Test
    void onlyThePatientWhoseSessionItWasAnswersAndOnlyTheirTeamReadsTheEvents() {
        UUID rosa = jdbc.sql("select public_id from patient where given_name = 'Rosa'").query(UUID.class).single();
        UUID rosasSession = attendedSession(rosa, clock.instant().minus(Duration.ofHours(60)));
        String good = """
                {"painNow":3,"soreness":"NONE","bruising":"NONE","helpfulness":"SOMEWHAT"}""";
        String jordanToken = api.token(Demo.PATIENT, totp);

        assertThat(api.send("POST", "/api/v1/appointments/" + rosasSession + "/follow-up", jordanToken, good)
                .statusCode()).as("someone else's session").isEqualTo(404);
        assertThat(api.send("POST", "/api/v1/appointments/" + UUID.randomUUID() + "/follow-up", jordanToken, good)
                .statusCode()).isEqualTo(404);
        assertThat(api.send("POST", "/api/v1/appointments/" + rosasSession + "/follow-up",
                api.token(Demo.THERAPIST, totp), good).statusCode()).as("staff do not answer for patients").isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from follow_up where appointment_id = ? and answered_at is not null")
                .param(rosasSession).query(Integer.class).single()).isZero();

        assertThat(api.get("/api/v1/patients/" + jordan + "/adverse-events", jordanToken).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/patients/" + rosa + "/adverse-events", jordanToken).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/patients/" + jordan + "/adverse-events", api.token(Demo.OTHER_THERAPIST, totp))
                .statusCode()).as("not on Jordan's care team").isEqualTo(404);
    }

    @Test
    void theCareTeamRecordsAReactionDirectlyAndASevereOneMarksTheNextSession() {
        String token = api.token(Demo.THERAPIST, totp);
        assertRefused(api.send("POST", "/api/v1/patients/" + jordan + "/adverse-events", token, """
                {"kind":"OTHER","severity":"CATASTROPHIC"}"""), "severity");

        HttpResponse<String> recorded = api.send("POST", "/api/v1/patients/" + jordan + "/adverse-events", token, """
                {"kind":"DIZZINESS","severity":"SEVERE","description":"Fainted getting up from the table"}""");

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.body()).contains("\"source\":\"STAFF\"");
        UUID next = nextBooked(jordan);
        try {
            assertThat(jdbc.sql("select review_reason from appointment where public_id = ?").param(next)
                    .query(String.class).single()).contains("dizziness");
        } finally {
            reviews.reviewed(accounts.findByEmail(Demo.THERAPIST).orElseThrow().asCurrentUser(), next);
        }
    }

    private void assertRefused(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    private UUID attendedSession(UUID patient, Instant end) {
        UUID session = UUID.randomUUID();
        jdbc.sql("""
                insert into appointment (public_id, patient_id, therapist_id, technique, starts_at, ends_at, status,
                created_at, created_by) values (?, ?, ?, 'SWEDISH', ?, ?, 'ATTENDED', ?, ?)""")
                .params(session, patient, maya, utc(end.minus(Duration.ofHours(1))), utc(end),
                        utc(end.minus(Duration.ofDays(7))), maya)
                .update();
        return session;
    }

    private UUID nextBooked(UUID patient) {
        return jdbc.sql("select public_id from appointment where patient_id = ? and status = 'BOOKED' and starts_at > ? "
                + "order by starts_at limit 1").params(patient, utc(clock.instant())).query(UUID.class).single();
    }

    private int followUpsOf(UUID session) {
        return jdbc.sql("select count(*) from follow_up where appointment_id = ?").param(session)
                .query(Integer.class).single();
    }

    private int followUpMails() {
        return jdbc.sql("select count(*) from outbox_message where subject like 'How have you been%'")
                .query(Integer.class).single();
    }

    private int adverseEventsOf(UUID patient) {
        return jdbc.sql("select count(*) from adverse_event where patient_id = ?").param(patient)
                .query(Integer.class).single();
    }

    private int pinnedSevereAlerts(long account) {
        return jdbc.sql("select count(*) from alert where account_id = ? and patient_id = ? and pinned "
                + "and message like '%severe reaction%'").params(account, jordan).query(Integer.class).single();
    }

    private int alertsAbout(long account) {
        return jdbc.sql("select count(*) from alert where account_id = ? and patient_id = ?").params(account, jordan)
                .query(Integer.class).single();
    }
}
