package org.kneadwell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kneadwell.clearance.PatientSafety;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Totp;
import org.kneadwell.patient.PatientDetails;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.scheduling.BookingRefusedException;
import org.kneadwell.scheduling.Visits;
import org.kneadwell.scheduling.clinic.PastSessions;
import org.kneadwell.screening.EvaluateRequest;
import org.kneadwell.screening.Screenings;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.Technique;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The check-in before a session and the therapist's calendar over the API (issue 11, items 1 and 2), with new
 * patients of the demo therapist so the demo's own patients stay as they are for other tests.
 */
@KneadwellTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckInAndCalendarApiTest {

    private static final EvaluateRequest CLEAN = new EvaluateRequest(40, 60, 5, List.of("LOWER_BACK_LEFT"),
            List.of("MUSCLE_STRAIN"), null, List.of(), List.of(), null);

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    PatientRecords patients;

    @Autowired
    Screenings screenings;

    @Autowired
    PastSessions sessions;

    @Autowired
    Visits visits;

    @Autowired
    PatientSafety safety;

    @Autowired
    ClinicSettings clinic;

    @Autowired
    Clock clock;

    Api api;
    String maya;
    String tomas;
    String jordan;
    String admin;
    String priya;
    CurrentUser mayaUser;
    UUID mayaProfile;

    @BeforeAll
    void signIn() {
        api = new Api(port);
        maya = api.token(Demo.THERAPIST, totp);
        tomas = api.token(Demo.OTHER_THERAPIST, totp);
        jordan = api.token(Demo.PATIENT, totp);
        admin = api.token(Demo.ADMIN, totp);
        priya = api.token(Demo.CLINICIAN, totp);
        mayaUser = accounts.findByEmail(Demo.THERAPIST).orElseThrow().asCurrentUser();
        mayaProfile = jdbc.sql("select p.public_id from therapist_profile p join account a on a.id = p.account_id "
                + "where a.email = ?").param(Demo.THERAPIST).query(UUID.class).single();
    }

    @Test
    void aRedFlagAtCheckInHoldsMassageBlocksTheSessionAndAlertsTheCareTeam() {
        UUID patient = screenedPatient("Fever");
        Appointment session = sessionOf(patient);
        long screensBefore = count("select count(*) from screening_result where patient_id = ?", patient);

        HttpResponse<String> checkIn = checkIn(maya, session, "{\"painNow\":5,\"redFlags\":[\"RF8\"]}");

        assertThat(checkIn.statusCode()).isEqualTo(200);
        assertThat(checkIn.body()).contains("\"newScreen\":true").contains("\"massageOnHold\":true")
                .contains("\"blockedBySafety\":true").contains("on hold");
        assertThat(count("select count(*) from screening_result where patient_id = ?", patient)).isEqualTo(screensBefore + 1);
        assertThat(jdbc.sql("select blocked_reason from appointment where public_id = ?").param(session.publicId())
                .query(String.class).single()).contains("on hold");
        assertThat(safety.today(mayaUser, patient).onHold()).isTrue();
        assertThat(jdbc.sql("select message from alert where patient_id = ? and account_id = ?")
                .params(patient, mayaUser.accountId()).query(String.class).list())
                .anyMatch(m -> m.contains("at the check-in before a session") && m.contains("massage is on hold"));
        assertThat(api.get("/api/v1/therapists/" + mayaProfile + "/sessions?from=" + dayOf(session) + "&to="
                + dayOf(session).plusDays(1), maya).body())
                .contains("\"id\":\"" + session.publicId() + "\"");
    }

    @Test
    void aCleanCheckInIsStoredAndChangesNothingAboutSafety() {
        UUID patient = screenedPatient("Clean");
        Appointment session = sessionOf(patient);
        long screensBefore = count("select count(*) from screening_result where patient_id = ?", patient);
        var badgeBefore = safety.today(mayaUser, patient).badge();

        HttpResponse<String> checkIn = checkIn(maya, session, "{\"painNow\":2}");

        assertThat(checkIn.statusCode()).isEqualTo(200);
        assertThat(checkIn.body()).contains("\"newScreen\":false").contains("\"blockedBySafety\":false")
                .contains("\"painNow\":2");
        assertThat(count("select count(*) from screening_result where patient_id = ?", patient)).isEqualTo(screensBefore);
        assertThat(safety.today(mayaUser, patient).badge()).isEqualTo(badgeBefore);
        assertThat(count("select count(*) from session_check_in where appointment_id = ?", session.publicId())).isEqualTo(1);
    }

    @Test
    void startingABloodThinnerNeedsClearanceAgainAndBlocksTheSession() {
        UUID patient = screenedPatient("Thinner");
        Appointment session = sessionOf(patient);

        HttpResponse<String> checkIn = checkIn(maya, session, "{\"painNow\":4,\"newMedicines\":[\"BLOOD_THINNERS\"]}");

        assertThat(checkIn.statusCode()).isEqualTo(200);
        assertThat(checkIn.body()).contains("\"newScreen\":true").contains("\"massageOnHold\":false")
                .contains("\"blockedBySafety\":true");
        assertThat(safety.today(mayaUser, patient).badge().name()).isEqualTo("CLEARANCE_NEEDED");
    }

    @Test
    void badAnswersAndSomeoneElsesOrACancelledSessionAreRefusedAndNothingIsStored() {
        UUID patient = screenedPatient("Refused");
        Appointment session = sessionOf(patient);
        long screens = count("select count(*) from screening_result where patient_id = ?", patient);

        HttpResponse<String> bad = checkIn(maya, session,
                "{\"painNow\":11,\"redFlags\":[\"RF10\"],\"newConditions\":[{\"code\":\"NOPE\"}],\"newMedicines\":[\"X\"]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"painNow\"").contains("\"field\":\"redFlags[0]\"")
                .contains("\"field\":\"newConditions[0].code\"").contains("\"field\":\"newMedicines[0]\"");
        assertThat(checkIn(maya, session, "{}").body()).contains("\"field\":\"painNow\"");
        assertThat(checkIn(maya, session, "{\"painNow\":\"a lot\"}").statusCode()).isEqualTo(400);
        assertThat(checkIn(tomas, session, "{\"painNow\":3}").statusCode()).as("another therapist's session").isEqualTo(404);
        assertThat(checkIn(jordan, session, "{\"painNow\":3}").statusCode()).as("another patient's session").isEqualTo(404);
        assertThat(checkIn(priya, session, "{\"painNow\":3}").statusCode()).isEqualTo(403);
        assertThat(checkIn(admin, session, "{\"painNow\":3}").statusCode()).isEqualTo(403);
        assertThat(api.send("POST", "/api/v1/appointments/" + UUID.randomUUID() + "/check-in", maya, "{\"painNow\":3}")
                .statusCode()).isEqualTo(404);

        visits.cancel(mayaUser, session.publicId(), "Patient rang to cancel");
        HttpResponse<String> cancelled = checkIn(maya, session, "{\"painNow\":3,\"redFlags\":[\"RF8\"]}");
        assertThat(cancelled.statusCode()).isEqualTo(400);
        assertThat(cancelled.body()).contains("\"field\":\"appointment\"").contains("cancelled");

        assertThat(count("select count(*) from session_check_in where appointment_id = ?", session.publicId())).isZero();
        assertThat(count("select count(*) from screening_result where patient_id = ?", patient)).isEqualTo(screens);
        assertThat(safety.today(mayaUser, patient).onHold()).isFalse();
    }

    @Test
    void theDemoTherapistsDayHasSessionsInEveryStateAndOnlySheAndTheAdminSeeIt() {
        LocalDate today = clinic.today(clock);
        String path = "/api/v1/therapists/" + mayaProfile + "/sessions?from=" + today.minusDays(1) + "&to="
                + today.plusDays(2);

        HttpResponse<String> own = api.get(path, maya);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Aisha Rahman").contains("\"status\":\"ATTENDED\"")
                .contains("Kofi Mensah").contains("\"status\":\"NO_SHOW\"")
                .contains("Jordan Ellis").contains("\"checkedIn\":true")
                .contains("Hannah Schmidt").contains("David Okonkwo").contains("\"blockedBySafety\":true");
        assertThat(api.get(path, admin).statusCode()).isEqualTo(200);
        assertThat(api.get(path, tomas).statusCode()).isEqualTo(404);
        assertThat(api.get(path, jordan).statusCode()).isEqualTo(403);
        assertThat(api.get(path, priya).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/therapists/" + UUID.randomUUID() + "/sessions?from=" + today + "&to="
                + today.plusDays(1), admin).statusCode()).isEqualTo(404);
        HttpResponse<String> badDates = api.get("/api/v1/therapists/" + mayaProfile + "/sessions?from=yesterday", maya);
        assertThat(badDates.statusCode()).isEqualTo(400);
        assertThat(badDates.body()).contains("\"field\":\"from\"").contains("\"field\":\"to\"");
        assertThat(api.get("/api/v1/therapists/" + mayaProfile + "/sessions?from=" + today + "&to=" + today.minusDays(1),
                maya).body()).contains("\"field\":\"to\"");
    }

    private HttpResponse<String> checkIn(String token, Appointment session, String body) {
        return api.send("POST", "/api/v1/appointments/" + session.publicId() + "/check-in", token, body);
    }

    private UUID screenedPatient(String familyName) {
        UUID patient = patients.register(mayaUser, new PatientDetails("Checkin", familyName
                + UUID.randomUUID().toString().substring(0, 6), LocalDate.of(1980, 5, 6), null, null, null, null, "en",
                null)).publicId();
        screenings.record(mayaUser, patient, CLEAN);
        return patient;
    }

    /** A session with the demo therapist about a day ahead, at the first time free in her and the patient's diary. */
    private Appointment sessionOf(UUID patient) {
        Instant start = clock.instant().plus(Duration.ofHours(18)).truncatedTo(ChronoUnit.HOURS);
        for (int i = 0; ; i++) {
            try {
                return sessions.recordBooked(mayaUser, patient, mayaProfile, null, Technique.SWEDISH,
                        start.plus(Duration.ofMinutes(70L * i)), 60);
            } catch (BookingRefusedException taken) {
                assertThat(i).as("a free hour in the next day").isLessThan(5);
            }
        }
    }

    private LocalDate dayOf(Appointment session) {
        return session.start().atZone(clinic.zone()).toLocalDate();
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }
}
