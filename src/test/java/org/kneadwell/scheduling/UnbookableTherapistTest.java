package org.kneadwell.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kneadwell.identity.AccountAdministration;
import org.kneadwell.identity.AccountAdministration.DemoAccount;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.AccountSummary;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.identity.Totp;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.Technique;
import org.kneadwell.support.Api;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.kneadwell.therapist.CredentialDetails;
import org.kneadwell.therapist.Location;
import org.kneadwell.therapist.ProfileDetails;
import org.kneadwell.therapist.TherapistDirectory;
import org.kneadwell.therapist.TherapistRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Security review, issue 9 item 4: a therapist who cannot be booked (deactivated account, unverified or expired
 * credential) has no slots to offer (409 with the reason) and cannot be booked (409 naming therapistId); deactivating
 * them revokes their calendar feeds and marks their upcoming sessions for the clinic to rebook, without cancelling.
 */
@KneadwellTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnbookableTherapistTest {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern SLOT = Pattern.compile("\"start\":\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TherapistRecords therapistRecords;

    @Autowired
    TherapistDirectory directory;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    ClinicSettings clinic;

    Api api;
    String maya;
    UUID jordan;

    @BeforeAll
    void signIn() {
        api = new Api(port);
        maya = api.token(Demo.THERAPIST, totp);
        jordan = jdbc.sql("select public_id from patient where family_name = 'Ellis'").query(UUID.class).single();
    }

    private UUID profileOf(String displayName) {
        return jdbc.sql("select p.public_id from therapist_profile p join account a on a.id = p.account_id "
                + "where a.display_name = ?").param(displayName).query(UUID.class).single();
    }

    private HttpResponse<String> slots(UUID therapist, int fromDays) {
        LocalDate from = LocalDate.now().plusDays(fromDays);
        return api.get("/api/v1/therapists/" + therapist + "/slots?from=" + from + "&to=" + from.plusDays(6)
                + "&minutes=60", maya);
    }

    private static String first(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> book(UUID therapist, String start) {
        return api.send("POST", "/api/v1/appointments", maya, "{\"patientId\":\"" + jordan + "\",\"therapistId\":\""
                + therapist + "\",\"start\":\"" + start + "\",\"minutes\":60,\"technique\":\"SWEDISH\"}");
    }

    private long appointments() {
        return jdbc.sql("select count(*) from appointment").query(Long.class).single();
    }

    @Test
    void anUnverifiedTherapistHasNoSlotsAndCannotBeBooked() {
        UUID amara = profileOf("Amara Okafor");
        HttpResponse<String> slots = slots(amara, 35);
        assertThat(slots.statusCode()).as(slots.body()).isEqualTo(409);
        assertThat(slots.body()).contains("\"title\":\"Therapist cannot be booked\"").contains("not been verified");

        long before = appointments();
        String monday = LocalDate.now().plusWeeks(5).with(DayOfWeek.MONDAY).atTime(9, 0)
                .atZone(clinic.zone()).toOffsetDateTime().toString();
        HttpResponse<String> booked = book(amara, monday);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(409);
        assertThat(booked.body()).contains("\"field\":\"therapistId\"").contains("not verified");
        assertThat(appointments()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'appointment.book' and outcome = 'DENIED' "
                + "and record_type = 'therapist' and record_id = ?").param(amara.toString()).query(Long.class).single())
                .isPositive();
    }

    @Test
    void aTherapistWhoseCredentialHasExpiredByThenHasNoSlots() {
        HttpResponse<String> slots = slots(profileOf("Tomas Novak"), 25);
        assertThat(slots.statusCode()).as(slots.body()).isEqualTo(409);
        assertThat(slots.body()).contains("the credential has expired");
    }

    @Test
    void slotsStopOnTheLastDayTheCredentialIsValid() {
        LocalDate lastValid = jdbc.sql("select p.credential_expires_on from therapist_profile p join account a "
                + "on a.id = p.account_id where a.display_name = 'Tomas Novak'").query(LocalDate.class).single();
        LocalDate from = lastValid.minusDays(5);
        HttpResponse<String> slots = api.get("/api/v1/therapists/" + profileOf("Tomas Novak") + "/slots?from=" + from
                + "&to=" + lastValid.plusDays(10) + "&minutes=60", maya);
        assertThat(slots.statusCode()).as(slots.body()).isEqualTo(200);
        List<LocalDate> days = SLOT.matcher(slots.body()).results()
                .map(m -> java.time.OffsetDateTime.parse(m.group(1)).atZoneSameInstant(clinic.zone()).toLocalDate())
                .toList();
        assertThat(days).isNotEmpty().allSatisfy(day -> assertThat(day).isBeforeOrEqualTo(lastValid));
    }

    @Test
    void deactivationRevokesFeedsRefusesBookingAndMarksUpcomingSessionsForRebooking() {
        String email = "ravi.patel." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        AccountSummary ravi = administration.createDemoAccounts(
                List.of(new DemoAccount(email, "Ravi Patel", Role.THERAPIST, null)), Demo.PASSWORD).get(0);
        CurrentUser admin = accounts.findByEmail(Demo.ADMIN).orElseThrow().asCurrentUser();
        UUID riverside = directory.locations().stream().filter(l -> l.name().contains("Riverside")).map(Location::id)
                .findFirst().orElseThrow();
        UUID profile = therapistRecords.saveProfile(ravi.asCurrentUser(), new ProfileDetails(Set.of(Technique.SWEDISH),
                Set.of("en"), 3, "Remedial massage.", "", Set.of(riverside)));
        therapistRecords.updateCredential(admin, profile, new CredentialDetails("MT-777001", "CNHC", "United Kingdom",
                LocalDate.now().plusYears(1)));
        therapistRecords.verify(admin, profile);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            therapistRecords.addHours(ravi.asCurrentUser(), day, LocalTime.of(9, 0), LocalTime.of(17, 0), riverside);
        }
        HttpResponse<String> booked = book(profile, first(SLOT, slots(profile, 70).body()));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        String session = first(ID, booked.body());
        String feed = "/calendar/" + feeds.newLink(ravi.asCurrentUser()) + ".ics";
        assertThat(api.get(feed, null).statusCode()).isEqualTo(200);

        administration.deactivate(admin, ravi.publicId(), null);

        assertThat(api.get(feed, null).statusCode()).isEqualTo(404);
        HttpResponse<String> slots = slots(profile, 77);
        assertThat(slots.statusCode()).as(slots.body()).isEqualTo(409);
        assertThat(slots.body()).contains("account has been deactivated");
        long before = appointments();
        String monday = LocalDate.now().plusWeeks(12).with(DayOfWeek.MONDAY).atTime(11, 0)
                .atZone(clinic.zone()).toOffsetDateTime().toString();
        HttpResponse<String> refused = book(profile, monday);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("\"field\":\"therapistId\"").contains("deactivated");
        assertThat(appointments()).isEqualTo(before);

        String list = api.get("/api/v1/patients/" + jordan + "/appointments", maya).body();
        String ours = list.substring(list.indexOf("\"id\":\"" + session + "\""));
        assertThat(ours.substring(0, ours.indexOf('}'))).contains("\"status\":\"BOOKED\"")
                .contains("\"needsRebooking\":true");

        Browserless mayaPage = new Browserless(port);
        assertThat(mayaPage.signIn(Demo.THERAPIST, totp)).isTrue();
        assertThat(mayaPage.get("/").body()).contains("Jordan Ellis: the session on").contains("with Ravi Patel needs rebooking");
        String chart = mayaPage.get("/patients/" + jordan).body();
        assertThat(chart.substring(chart.indexOf("id=\"appointments\""))).contains("Needs rebooking");
        mayaPage.get("/patients/" + jordan + "/book");
        HttpResponse<String> pageRefused = mayaPage.post("/patients/" + jordan + "/appointments", java.util.Map.of(
                "therapist", profile.toString(), "start", monday, "minutes", "60", "technique", "SWEDISH"));
        String back = pageRefused.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(back).startsWith("/patients/" + jordan + "/book");
        assertThat(mayaPage.get(back).body()).contains("account has been deactivated");
        assertThat(appointments()).isEqualTo(before);

        Browserless adminPage = new Browserless(port);
        assertThat(adminPage.signIn(Demo.ADMIN, totp)).isTrue();
        String adminHome = adminPage.get("/").body();
        assertThat(adminHome).contains("Ravi Patel was deactivated: 1 upcoming session needs rebooking");
        assertThat(adminHome).contains("Sessions to rebook").doesNotContain("Jordan");
    }
}
