package org.kneadwell.clearance;

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
 * Screening contract §5 over the API, with a new patient of the demo therapist and clinician: a hold outlives a
 * clean re-screen, keeps the request open and blocks booked sessions; only the clinician lifts it, within a scope
 * that narrows; a later screen that adds a restriction tightens at once; "not needed" only when the latest screen
 * needs nothing.
 */
@KneadwellTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafetyOverTimeApiTest {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern SLOT = Pattern.compile("\"start\":\"([^\"]+)\"");
    private static final String CLEAN = "{\"painDurationWeeks\":30,\"painRegions\":[\"LOWER_BACK_LEFT\"]}";
    private static final String SADDLE_NUMBNESS = "{\"painDurationWeeks\":30,\"redFlags\":[\"RF1\"]}";

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String maya;
    String tomas;
    String priya;
    String mayaProfile;

    @BeforeAll
    void signIn() {
        api = new Api(port);
        maya = api.token(Demo.THERAPIST, totp);
        tomas = api.token(Demo.OTHER_THERAPIST, totp);
        priya = api.token(Demo.CLINICIAN, totp);
        mayaProfile = first(ID, api.get("/api/v1/therapists?technique=SWEDISH&language=zh", maya).body());
    }

    @Test
    void aHoldOutlivesACleanRescreenUntilTheClinicianLiftsItWithinAScope() {
        UUID patient = newPatientOfMayaAndPriya("Hold");
        assertThat(screen(maya, patient, CLEAN).body()).contains("\"badge\":\"CLEAR\"");
        String first = book(patient, 30);
        String second = book(patient, 37);

        HttpResponse<String> emergency = screen(maya, patient, SADDLE_NUMBNESS);
        assertThat(emergency.statusCode()).isEqualTo(201);
        assertThat(emergency.body()).contains("\"tier\":\"EMERGENCY\"").contains("\"badge\":\"ON_HOLD\"");
        assertThat(appointments(patient)).contains("\"blockedBySafety\":true").doesNotContain("\"blockedBySafety\":false")
                .contains("on hold").contains(first).contains(second).contains("\"status\":\"BOOKED\"");

        HttpResponse<String> clean = screen(maya, patient, CLEAN);
        assertThat(clean.body()).contains("\"tier\":\"NONE\"").contains("\"badge\":\"ON_HOLD\"")
                .contains("\"onHold\":true").doesNotContain("\"allowed\":true");
        assertThat(badgeOnPages(patient)).isEqualTo("ON_HOLD");
        String queue = api.get("/api/v1/clearance-requests", priya).body();
        String request = requestOf(queue, patient);
        assertThat(queue).contains("\"tierBefore\":\"EMERGENCY\"").contains("\"tierAfter\":\"NONE\"")
                .contains("\"redFlagsRemoved\":[\"RF1\"]");

        HttpResponse<String> withoutLift = decide(request, approval(false));
        assertThat(withoutLift.statusCode()).isEqualTo(400);
        assertThat(withoutLift.body()).contains("\"field\":\"scope.liftsHold\"");
        assertThat(api.get("/api/v1/patients/" + patient + "/safety", maya).body()).contains("\"badge\":\"ON_HOLD\"");

        assertThat(decide(request, approval(true)).statusCode()).isEqualTo(200);
        String safety = api.get("/api/v1/patients/" + patient + "/safety", maya).body();
        assertThat(safety).contains("\"badge\":\"CLEARED\"").contains("\"onHold\":false");
        assertThat(verdict(safety, "SWEDISH")).contains("\"allowed\":true").contains("\"heat\":\"NONE\"")
                .contains("\"maxPressure\":2");
        assertThat(verdict(safety, "HOT_STONE")).contains("\"allowed\":false");
        assertThat(verdict(safety, "DEEP_TISSUE")).contains("\"allowed\":false").contains("NOT_IN_SCOPE");
        assertThat(appointments(patient)).doesNotContain("\"blockedBySafety\":true");
        assertThat(badgeOnPages(patient)).isEqualTo("CLEARED");

        HttpResponse<String> again = decide(request, "{\"decision\":\"DECLINE\",\"reason\":\"second thoughts\"}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("\"field\":\"decision\"");
    }

    @Test
    void aLaterScreenThatAddsARestrictionTightensAtOnceAndNotNeededWaitsForAScreenThatNeedsNothing() {
        UUID patient = newPatientOfMayaAndPriya("Tighten");
        screen(maya, patient, CLEAN);
        book(patient, 44);

        HttpResponse<String> anticoagulated = screen(maya, patient,
                "{\"painDurationWeeks\":30,\"conditions\":[{\"code\":\"ANTICOAGULANT_THERAPY\"}]}");
        assertThat(anticoagulated.body()).contains("\"badge\":\"CLEARANCE_NEEDED\"");
        assertThat(appointments(patient)).contains("\"blockedBySafety\":true").contains("clear treatment first");
        String request = requestOf(api.get("/api/v1/clearance-requests", priya).body(), patient);

        HttpResponse<String> noReason = decide(request, "{\"decision\":\"NOT_NEEDED\",\"reason\":\"\"}");
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        HttpResponse<String> stillNeeded = decide(request, "{\"decision\":\"NOT_NEEDED\",\"reason\":\"typo\"}");
        assertThat(stillNeeded.statusCode()).isEqualTo(400);
        assertThat(stillNeeded.body()).contains("\"field\":\"decision\"");

        HttpResponse<String> asked = api.send("POST", "/api/v1/patients/" + patient + "/clearance-requests", maya,
                "{\"note\":\"The patient says the blood thinner was ticked by mistake.\"}");
        assertThat(asked.statusCode()).as("a note joins the open request").isEqualTo(200);
        assertThat(first(ID, asked.body())).isEqualTo(request);
        assertThat(asked.body()).contains("Maya Chen").contains("ticked by mistake");
        assertThat(count("select count(*) from clearance_request where patient_id = ?", patient)).isEqualTo(1);

        assertThat(screen(maya, patient, CLEAN).body()).as("a clean screen closes nothing")
                .contains("\"badge\":\"CLEARANCE_NEEDED\"");
        assertThat(decide(request, "{\"decision\":\"NOT_NEEDED\",\"reason\":\"Ticked by mistake: no anticoagulant.\"}")
                .statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/patients/" + patient + "/safety", maya).body()).contains("\"badge\":\"CLEAR\"");
        assertThat(appointments(patient)).doesNotContain("\"blockedBySafety\":true");
        assertThat(api.get("/api/v1/patients/" + patient + "/screenings", maya).body())
                .as("history newest first").startsWith("[{").matches("(?s).*\"tier\":\"NONE\".*\"tier\":\"CLINICIAN_REVIEW\".*");
    }

    @Test
    void theDemoClinicShowsAHoldThatOutlivedACleanRescreen() {
        UUID david = jdbc.sql("select public_id from patient where family_name = 'Okonkwo'").query(UUID.class).single();
        String liam = api.token(Demo.OTHER_CLINICIAN, totp);

        assertThat(api.get("/api/v1/patients/" + david + "/safety", tomas).body()).contains("\"badge\":\"ON_HOLD\"");
        assertThat(api.get("/api/v1/patients/" + david + "/appointments", tomas).body())
                .contains("\"blockedBySafety\":true").contains("on hold");
        String queue = api.get("/api/v1/clearance-requests", liam).body();
        requestOf(queue, david);
        assertThat(queue).contains("\"redFlagsRemoved\":[\"RF8\"]").contains("\"tierBefore\":\"URGENT\"");
    }

    @Test
    void screeningsForAPatientTheCallerMayNotSeeAreA404AndBadAnswersNameTheField() {
        UUID patient = newPatientOfMayaAndPriya("Private");
        long before = count("select count(*) from screening_result where patient_id = ?", patient);

        assertThat(screen(tomas, patient, SADDLE_NUMBNESS).statusCode()).isEqualTo(404);
        HttpResponse<String> bad = screen(maya, patient, "{\"painDurationWeeks\":30,\"redFlags\":[\"RF99\"]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"redFlags[0]\"");
        assertThat(api.get("/api/v1/patients/" + patient + "/screenings", tomas).statusCode()).isEqualTo(404);
        assertThat(count("select count(*) from screening_result where patient_id = ?", patient)).isEqualTo(before);
    }

    private String approval(boolean liftsHold) {
        return "{\"decision\":\"APPROVE\",\"validUntil\":\"" + LocalDate.now().plusMonths(3) + "\",\"reason\":\"Seen in A&E: "
                + "no cauda equina.\",\"scope\":{\"techniques\":[\"SWEDISH\",\"HOT_STONE\"],\"pressureCaps\":{\"SWEDISH\":2},"
                + "\"heat\":\"NONE\",\"liftsHold\":" + liftsHold + "}}";
    }

    private UUID newPatientOfMayaAndPriya(String familyName) {
        HttpResponse<String> created = api.send("POST", "/api/v1/patients", maya, "{\"givenName\":\"Safety\","
                + "\"familyName\":\"" + familyName + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"dateOfBirth\":\"1975-03-04\",\"preferredLanguage\":\"en\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        UUID patient = UUID.fromString(first(ID, created.body()));
        UUID priyaAccount = jdbc.sql("select public_id from account where email = ?").param(Demo.CLINICIAN)
                .query(UUID.class).single();
        Browserless page = new Browserless(port);
        assertThat(page.signIn(Demo.THERAPIST, totp)).isTrue();
        page.get("/patients/" + patient);
        page.post("/patients/" + patient + "/care-team", Map.of("accountId", priyaAccount.toString()));
        assertThat(count("select count(*) from care_team_member m join patient p on p.id = m.patient_id "
                + "where p.public_id = ?", patient)).as("Maya and Priya on the care team").isEqualTo(2);
        return patient;
    }

    private HttpResponse<String> screen(String token, UUID patient, String body) {
        return api.send("POST", "/api/v1/patients/" + patient + "/screenings", token, body);
    }

    private HttpResponse<String> decide(String request, String body) {
        return api.send("POST", "/api/v1/clearance-requests/" + request + "/decision", priya, body);
    }

    private String book(UUID patient, int daysAhead) {
        LocalDate from = LocalDate.now().plusDays(daysAhead);
        String slot = first(SLOT, api.get("/api/v1/therapists/" + mayaProfile + "/slots?from=" + from + "&to="
                + from.plusDays(6) + "&minutes=60", maya).body());
        HttpResponse<String> booked = api.send("POST", "/api/v1/appointments", maya, "{\"patientId\":\"" + patient
                + "\",\"therapistId\":\"" + mayaProfile + "\",\"start\":\"" + slot + "\",\"minutes\":60,"
                + "\"technique\":\"SWEDISH\"}");
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return first(ID, booked.body());
    }

    private String appointments(UUID patient) {
        return api.get("/api/v1/patients/" + patient + "/appointments", maya).body();
    }

    /** The badge the chart header and the therapist's home list show for the patient. */
    private String badgeOnPages(UUID patient) {
        Browserless page = new Browserless(port);
        assertThat(page.signIn(Demo.THERAPIST, totp)).isTrue();
        String chart = page.get("/patients/" + patient).body();
        String home = page.get("/").body();
        Matcher onChart = Pattern.compile("id=\"chart-badge\"[^>]*>\\s*<span class=\"badge[^\"]*\" data-badge=\"([A-Z_]+)\"")
                .matcher(chart);
        assertThat(onChart.find()).as(chart).isTrue();
        int row = home.indexOf("/patients/" + patient + "\"");
        Matcher inList = Pattern.compile("data-badge=\"([A-Z_]+)\"").matcher(home.substring(row));
        assertThat(inList.find()).isTrue();
        assertThat(inList.group(1)).as("the home list agrees with the chart").isEqualTo(onChart.group(1));
        return onChart.group(1);
    }

    private static String verdict(String safety, String technique) {
        int at = safety.indexOf("\"technique\":\"" + technique + "\"");
        int next = safety.indexOf("{\"technique\"", at + 1);
        return safety.substring(at, next < 0 ? safety.length() : next);
    }

    private static String requestOf(String queue, UUID patient) {
        int at = queue.indexOf("\"patientId\":\"" + patient + "\"");
        assertThat(at).as("a request for " + patient + " in " + queue).isPositive();
        String before = queue.substring(0, at);
        return before.substring(before.lastIndexOf("\"id\":\"") + 6, before.lastIndexOf("\"id\":\"") + 42);
    }

    private long count(String sql, UUID patient) {
        return jdbc.sql(sql).param(patient).query(Long.class).single();
    }

    private static String first(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }
}
