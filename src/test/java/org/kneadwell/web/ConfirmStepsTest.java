package org.kneadwell.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kneadwell.identity.Totp;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.support.Api;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10 item 4: destructive actions and booking go through a confirm step that works without JavaScript. A
 * request without the confirmation changes nothing and shows the step; a cancellation needs a reason, and a refused
 * one keeps what was typed and shows the error summary and the message beside the field.
 */
@KneadwellTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfirmStepsTest {

    private static final Pattern SLOT = Pattern.compile("\"start\":\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClinicSettings clinic;

    @Autowired
    java.time.Clock clock;

    Api api;
    String mayaToken;
    String mayaProfile;
    UUID jordan;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        mayaToken = api.token(Demo.THERAPIST, totp);
        mayaProfile = jdbc.sql("select p.public_id from therapist_profile p join account a on a.id = p.account_id "
                + "where a.display_name = 'Maya Chen'").query(String.class).single();
        jordan = jdbc.sql("select public_id from patient where family_name = 'Ellis'").query(UUID.class).single();
    }

    private String slot(int days) {
        LocalDate from = clinic.today(clock).plusDays(days);
        Matcher m = SLOT.matcher(api.get("/api/v1/therapists/" + mayaProfile + "/slots?from=" + from + "&to="
                + from.plusDays(6) + "&minutes=60", mayaToken).body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private long appointments() {
        return jdbc.sql("select count(*) from appointment").query(Long.class).single();
    }

    private static String path(HttpResponse<String> redirect) {
        return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private Browserless jordanSignedIn() {
        Browserless page = new Browserless(port);
        assertThat(page.signIn(Demo.PATIENT, totp)).isTrue();
        return page;
    }

    @Test
    void bookingShowsTheConfirmStepFirstAndBooksOnlyOnceConfirmed() {
        Browserless page = jordanSignedIn();
        // A free time as the booking page offers it (its third slot button).
        String booking = page.get("/patients/" + jordan + "/book?therapist=" + mayaProfile + "&technique=SWEDISH").body();
        Matcher slots = Pattern.compile("name=\"start\" value=\"([^\"]+)\"").matcher(
                booking.substring(booking.indexOf("id=\"slot-list\"")));
        assertThat(slots.find() && slots.find() && slots.find()).isTrue();
        String start = slots.group(1);
        long before = appointments();

        // The slot's own form asks for the confirm step (a GET); a POST without the confirmation only redirects there.
        HttpResponse<String> unconfirmed = page.post("/patients/" + jordan + "/appointments", Map.of("therapist",
                mayaProfile, "start", start, "minutes", "60", "technique", "SWEDISH"));
        assertThat(unconfirmed.statusCode()).isEqualTo(302);
        String confirmPath = path(unconfirmed);
        assertThat(confirmPath).startsWith("/patients/" + jordan + "/book/confirm?");
        assertThat(appointments()).isEqualTo(before);

        String confirm = page.get(confirmPath).body();
        String when = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH)
                .format(OffsetDateTime.parse(start).atZoneSameInstant(clinic.zone()));
        assertThat(confirm).contains("Check your booking").contains("Maya Chen").contains(when).contains("Swedish")
                .contains("name=\"confirmed\" value=\"yes\"");
        assertThat(between(confirm, "id=\"confirm-place\"", "</dd>")).doesNotContain("Not known yet");
        // "Back" keeps the therapist, the technique and the chosen time.
        Matcher back = Pattern.compile("href=\"([^\"]*/book\\?[^\"]*)\"").matcher(confirm);
        assertThat(back.find()).isTrue();
        String backUrl = URLDecoder.decode(back.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
        assertThat(backUrl).contains("therapist=" + mayaProfile).contains("technique=SWEDISH").contains("start=" + start);
        assertThat(page.get(back.group(1).replace("&amp;", "&")).body()).contains("aria-current=\"true\"");
        assertThat(appointments()).isEqualTo(before);

        // Confirmed: the rules are checked again, and it books.
        HttpResponse<String> booked = page.post("/patients/" + jordan + "/appointments", Map.of("therapist",
                mayaProfile, "start", start, "minutes", "60", "technique", "SWEDISH", "confirmed", "yes"));
        assertThat(booked.statusCode()).isEqualTo(302);
        assertThat(path(booked)).isEqualTo("/");
        assertThat(appointments()).isEqualTo(before + 1);
        assertThat(page.get("/").body()).contains("role=\"status\"").contains("Your session is booked.");

        // Confirming the same time again is refused by the rules on the final POST, and books nothing.
        HttpResponse<String> again = page.post("/patients/" + jordan + "/appointments", Map.of("therapist",
                mayaProfile, "start", start, "minutes", "60", "technique", "SWEDISH", "confirmed", "yes"));
        assertThat(path(again)).startsWith("/patients/" + jordan + "/book");
        assertThat(appointments()).isEqualTo(before + 1);
    }

    @Test
    void aConfirmStepForATimeThatBreaksTheRulesGoesBackToBookingWithWhy() {
        Browserless page = jordanSignedIn();
        HttpResponse<String> past = page.get("/patients/" + jordan + "/book/confirm?therapist=" + mayaProfile
                + "&start=2020-01-06T10:00:00Z&minutes=60&technique=SWEDISH");
        assertThat(past.statusCode()).isEqualTo(302);
        assertThat(page.get(path(past)).body()).contains("That time has passed");
    }

    @Test
    void cancellingAsksFirstNeedsAReasonAndKeepsWhatWasTyped() {
        String start = slot(130);
        HttpResponse<String> created = api.send("POST", "/api/v1/appointments", mayaToken, "{\"patientId\":\""
                + jordan + "\",\"therapistId\":\"" + mayaProfile + "\",\"start\":\"" + start
                + "\",\"minutes\":60,\"technique\":\"SWEDISH\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher idOf = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
        assertThat(idOf.find()).isTrue();
        String id = idOf.group(1);
        Browserless page = jordanSignedIn();
        assertThat(page.get("/").body()).contains("/appointments/" + id + "/cancel");

        String confirm = page.get("/appointments/" + id + "/cancel").body();
        assertThat(confirm).contains("Cancel this session?").contains("Maya Chen").contains("id=\"reason\"");

        // Without the confirmation: nothing changes, the step is shown with the reason typed so far.
        HttpResponse<String> unconfirmed = page.post("/appointments/" + id + "/cancel", Map.of("reason", "Away"));
        assertThat(unconfirmed.statusCode()).isEqualTo(200);
        assertThat(unconfirmed.body()).contains("Cancel this session?").contains(">Away</textarea>");
        assertThat(status(id)).isEqualTo("BOOKED");

        // Confirmed without a reason: refused beside the field, with the error summary; nothing changes.
        HttpResponse<String> noReason = page.post("/appointments/" + id + "/cancel", Map.of("confirmed", "yes",
                "reason", "   "));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("data-error-summary").contains("href=\"#reason\"")
                .contains("id=\"reason-error\"").contains("Give a reason for cancelling");
        assertThat(status(id)).isEqualTo("BOOKED");

        // Too long: refused, and what was typed is still there to shorten.
        String tooLong = "I have to travel for work that week. ".repeat(14);
        HttpResponse<String> longReason = page.post("/appointments/" + id + "/cancel", Map.of("confirmed", "yes",
                "reason", tooLong));
        assertThat(longReason.statusCode()).isEqualTo(422);
        assertThat(longReason.body()).contains(tooLong.strip());
        assertThat(status(id)).isEqualTo("BOOKED");

        HttpResponse<String> cancelled = page.post("/appointments/" + id + "/cancel", Map.of("confirmed", "yes",
                "reason", "Travelling for work"));
        assertThat(cancelled.statusCode()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("CANCELLED");
        assertThat(page.get(path(cancelled)).body()).contains("role=\"status\"").contains("The session is cancelled.");
    }

    @Test
    void anotherPatientsSessionHasNoCancelStep() {
        UUID rosa = jdbc.sql("select public_id from patient where given_name = 'Rosa'").query(UUID.class).single();
        String rosas = jdbc.sql("select public_id from appointment where patient_id = ? order by id")
                .param(rosa).query(String.class).list().stream().findFirst().orElse(UUID.randomUUID().toString());
        assertThat(jordanSignedIn().get("/appointments/" + rosas + "/cancel").statusCode()).isEqualTo(404);
    }

    @Test
    void deactivatingAsksFirstAndChangesNothingUntilConfirmed() {
        UUID liam = jdbc.sql("select public_id from account where email = 'liam.obrien@demo.kneadwell.org'")
                .query(UUID.class).single();
        Browserless admin = new Browserless(port);
        assertThat(admin.signIn(Demo.ADMIN, totp)).isTrue();
        assertThat(admin.get("/admin/users").body()).contains("href=\"/admin/users/" + liam + "/deactivate\"");

        String confirm = admin.get("/admin/users/" + liam + "/deactivate").body();
        assertThat(confirm).contains("Deactivate Liam O&#39;Brien?").contains("name=\"confirmed\" value=\"yes\"");
        HttpResponse<String> unconfirmed = admin.post("/admin/users/" + liam + "/deactivate", Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(200);
        assertThat(accountStatus(liam)).isEqualTo("ACTIVE");

        HttpResponse<String> done = admin.post("/admin/users/" + liam + "/deactivate", Map.of("confirmed", "yes"));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(accountStatus(liam)).isEqualTo("DEACTIVATED");
        assertThat(admin.get("/admin/users").body()).contains("role=\"status\"").contains("Account deactivated.");
        admin.post("/admin/users/" + liam + "/reactivate", Map.of());
        assertThat(accountStatus(liam)).isEqualTo("ACTIVE");
    }

    @Test
    void revokingCalendarLinksAsksFirst() {
        Browserless page = jordanSignedIn();
        page.get("/");
        assertThat(page.post("/calendar-links", Map.of()).statusCode()).isEqualTo(302);
        long open = openFeeds();
        assertThat(open).isPositive();
        assertThat(page.get("/calendar-links/revoke").body()).contains("Revoke your calendar links?");
        assertThat(page.post("/calendar-links/revoke", Map.of()).statusCode()).isEqualTo(200);
        assertThat(openFeeds()).isEqualTo(open);
        assertThat(page.post("/calendar-links/revoke", Map.of("confirmed", "yes")).statusCode()).isEqualTo(302);
        assertThat(openFeeds()).isZero();
    }

    private long openFeeds() {
        return jdbc.sql("select count(*) from calendar_feed f join patient p on p.public_id = f.owner_id "
                + "where f.revoked_at is null and f.owner_kind = 'PATIENT' and p.given_name = 'Jordan'")
                .query(Long.class).single();
    }

    private String status(String appointment) {
        return jdbc.sql("select status from appointment where public_id = ?").param(UUID.fromString(appointment))
                .query(String.class).single();
    }

    private String accountStatus(UUID account) {
        return jdbc.sql("select status from account where public_id = ?").param(account).query(String.class).single();
    }

    private static String between(String text, String from, String to) {
        int i = text.indexOf(from);
        assertThat(i).isNotNegative();
        return text.substring(i, text.indexOf(to, i));
    }
}
