package org.kneadwell.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The booking API refuses, with the field and the next step, everything the rules forbid; nothing is written then. */
@KneadwellTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingRulesTest {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern SLOT = Pattern.compile("\"start\":\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String maya;
    String tomas;
    String mayaProfile;

    @BeforeAll
    void signIn() {
        api = new Api(port);
        maya = api.token(Demo.THERAPIST, totp);
        tomas = api.token(Demo.OTHER_THERAPIST, totp);
        mayaProfile = first(ID, api.get("/api/v1/therapists?technique=SWEDISH&language=zh", maya).body());
    }

    private static String first(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }

    private UUID patient(String family) {
        return jdbc.sql("select public_id from patient where family_name = ?").param(family).query(UUID.class).single();
    }

    private String slot(int days) {
        LocalDate from = LocalDate.now().plusDays(days);
        return first(SLOT, api.get("/api/v1/therapists/" + mayaProfile + "/slots?from=" + from + "&to=" + from.plusDays(6)
                + "&minutes=60", maya).body());
    }

    private HttpResponse<String> book(String token, UUID patient, String therapist, String start, int minutes,
            String technique) {
        return api.send("POST", "/api/v1/appointments", token, "{\"patientId\":\"" + patient + "\",\"therapistId\":\""
                + therapist + "\",\"start\":\"" + start + "\",\"minutes\":" + minutes
                + (technique == null ? "" : ",\"technique\":\"" + technique + "\"") + "}");
    }

    private long appointments() {
        return jdbc.sql("select count(*) from appointment").query(Long.class).single();
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        long before = appointments();
        UUID jordan = patient("Ellis");
        assertThat(book(maya, jordan, mayaProfile, "2020-01-07T10:00:00Z", 60, "SWEDISH").body())
                .contains("\"field\":\"start\"").contains("passed");
        assertThat(book(maya, jordan, mayaProfile, slot(30), 0, "SWEDISH").body()).contains("\"field\":\"minutes\"");
        assertThat(book(maya, jordan, mayaProfile, slot(30), 600, "SWEDISH").body()).contains("\"field\":\"minutes\"");
        assertThat(book(maya, jordan, UUID.randomUUID().toString(), slot(30), 60, "SWEDISH").body())
                .contains("\"field\":\"therapistId\"");
        assertThat(book(maya, jordan, mayaProfile, slot(30), 60, "SHIATSU").body()).contains("\"field\":\"technique\"");
        assertThat(book(maya, jordan, mayaProfile, "next tuesday", 60, "SWEDISH").body()).contains("\"field\":\"start\"");
        String sunday = LocalDate.now().plusWeeks(5).with(java.time.DayOfWeek.SUNDAY).atTime(3, 0)
                .atZone(java.time.ZoneId.systemDefault()).toOffsetDateTime().toString();
        assertThat(book(maya, jordan, mayaProfile, sunday, 60, "SWEDISH").body()).contains("working hours");
        assertThat(appointments()).isEqualTo(before);
    }

    @Test
    void massageOnHoldOrAwaitingClearanceCannotBeBooked() {
        HttpResponse<String> hold = book(tomas, patient("Whitfield"), mayaProfile, slot(30), 60, "SWEDISH");
        assertThat(hold.statusCode()).isEqualTo(400);
        assertThat(hold.body()).contains("on hold");
        HttpResponse<String> awaiting = book(maya, patient("Martinez"), mayaProfile, slot(30), 60, "SWEDISH");
        assertThat(awaiting.statusCode()).isEqualTo(400);
        assertThat(awaiting.body()).contains("has not cleared treatment yet");
    }

    @Test
    void bookingCancellingAndListing() {
        UUID jordan = patient("Ellis");
        HttpResponse<String> booked = book(maya, jordan, mayaProfile, slot(40), 60, null);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        assertThat(booked.body()).contains("\"technique\":\"SWEDISH\"").contains("\"status\":\"BOOKED\"");
        String id = first(ID, booked.body());
        assertThat(api.get("/api/v1/patients/" + jordan + "/appointments", maya).body()).contains(id);

        assertThat(api.send("POST", "/api/v1/appointments/" + id + "/cancel", maya, "{}").body())
                .contains("\"field\":\"reason\"");
        HttpResponse<String> cancelled = api.send("POST", "/api/v1/appointments/" + id + "/cancel", maya,
                "{\"reason\":\"Flu\"}");
        assertThat(cancelled.body()).contains("\"status\":\"CANCELLED\"").contains("\"lateCancellation\":false");
        assertThat(api.get("/api/v1/patients/" + jordan + "/appointments", tomas).statusCode()).isEqualTo(404);
    }

    @Test
    void reschedulingMovesTheSessionOrChangesNothing() {
        UUID jordan = patient("Ellis");
        HttpResponse<String> booked = book(maya, jordan, mayaProfile, slot(50), 60, "SWEDISH");
        String id = first(ID, booked.body());
        HttpResponse<String> refused = api.send("POST", "/api/v1/appointments/" + id + "/reschedule", maya,
                "{\"start\":\"2020-01-01T10:00:00Z\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(api.get("/api/v1/patients/" + jordan + "/appointments", maya).body()).contains(id);

        String later = slot(60);
        HttpResponse<String> moved = api.send("POST", "/api/v1/appointments/" + id + "/reschedule", maya,
                "{\"start\":\"" + later + "\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        String newId = first(ID, moved.body());
        assertThat(newId).isNotEqualTo(id);
        String list = api.get("/api/v1/patients/" + jordan + "/appointments", maya).body();
        assertThat(list).contains("\"cancelReason\":\"Rescheduled\"").contains(newId);
    }

    @Test
    void aSessionMovesHalfAnHourOverItsOwnTimeButNotOntoAnothers() {
        UUID jordan = patient("Ellis");
        String start = slot(150);
        String id = first(ID, book(maya, jordan, mayaProfile, start, 60, "SWEDISH").body());
        HttpResponse<String> taken = book(maya, patient("Martinez"), mayaProfile, start, 60, "SWEDISH");
        assertThat(taken.statusCode()).isEqualTo(409);

        String halfAnHourLater = java.time.OffsetDateTime.parse(start).plusMinutes(30).toString();
        HttpResponse<String> moved = api.send("POST", "/api/v1/appointments/" + id + "/reschedule", maya,
                "{\"start\":\"" + halfAnHourLater + "\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/patients/" + jordan + "/appointments", maya).body())
                .contains("\"cancelReason\":\"Rescheduled\"").contains(first(ID, moved.body()));
    }

    @Test
    void theChartListsThePatientsSessionsForTheCareTeam() {
        org.kneadwell.support.Browserless page = new org.kneadwell.support.Browserless(port);
        assertThat(page.signIn(Demo.THERAPIST, totp)).isTrue();
        String chart = page.get("/patients/" + patient("Ellis")).body();
        String section = chart.substring(chart.indexOf("id=\"appointments\""));
        assertThat(section).contains("Attended").contains("Booked").contains("Maya Chen").contains("60 min")
                .contains("Book a session");
    }
}
