package org.kneadwell.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Never double-booked: 50 requests race for one slot and exactly one wins; the others get 409 and leave nothing
 * behind. A series with two clashing dates books the rest and names the two.
 */
@KneadwellTest
class DoubleBookingTest {

    private static final Pattern SLOT = Pattern.compile("\"start\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Booking booking;

    @Autowired
    org.kneadwell.identity.AccountDirectory accounts;

    private UUID jordan() {
        return jdbc.sql("select public_id from patient where family_name = 'Ellis'").query(UUID.class).single();
    }

    private static String first(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }

    private List<String> slots(Api api, String token, String therapist, int days) {
        LocalDate from = LocalDate.now().plusDays(days);
        String json = api.get("/api/v1/therapists/" + therapist + "/slots?from=" + from + "&to=" + from.plusDays(6)
                + "&minutes=60", token).body();
        List<String> starts = new ArrayList<>();
        Matcher m = SLOT.matcher(json);
        while (m.find()) {
            starts.add(m.group(1));
        }
        return starts;
    }

    @Test
    void fiftyRacingRequestsForOneSlotBookItExactlyOnce() throws Exception {
        Api api = new Api(port);
        String maya = api.token(Demo.THERAPIST, totp);
        String therapist = first(ID, api.get("/api/v1/therapists?technique=SWEDISH&language=zh", maya).body());
        String start = slots(api, maya, therapist, 9).get(3);
        String body = "{\"patientId\":\"" + jordan() + "\",\"therapistId\":\"" + therapist + "\",\"start\":\"" + start
                + "\",\"minutes\":60,\"technique\":\"SWEDISH\"}";

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return api.send("POST", "/api/v1/appointments", maya, body);
            }));
        }
        go.countDown();
        int created = 0;
        int conflicts = 0;
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            if (response.statusCode() == 201) {
                created++;
            } else {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
                assertThat(response.body()).contains("taken");
                conflicts++;
            }
        }
        pool.shutdown();

        assertThat(created).isEqualTo(1);
        assertThat(conflicts).isEqualTo(49);
        assertThat(jdbc.sql("select count(*) from appointment where therapist_id = ? and status = 'BOOKED' "
                + "and starts_at = cast(? as timestamp with time zone)").params(UUID.fromString(therapist),
                        java.time.OffsetDateTime.parse(start)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSeriesWithTwoClashingDatesBooksTheRestAndNamesTheTwo() {
        Api api = new Api(port);
        String maya = api.token(Demo.THERAPIST, totp);
        String therapist = first(ID, api.get("/api/v1/therapists?technique=SWEDISH&language=zh", maya).body());
        List<String> weekOne = slots(api, maya, therapist, 21);
        String first = weekOne.get(0);
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse(first);
        // Someone else takes the same hour in weeks 2 and 4.
        UUID other = jdbc.sql("select public_id from patient where family_name = 'Martinez'").query(UUID.class).single();
        for (int week : new int[] { 1, 3 }) {
            jdbc.sql("insert into appointment (public_id, patient_id, therapist_id, technique, starts_at, ends_at, status, "
                    + "created_at, created_by) values (?, ?, ?, 'SWEDISH', ?, ?, 'BOOKED', ?, ?)")
                    .params(UUID.randomUUID(), other, UUID.fromString(therapist), at.plusWeeks(week),
                            at.plusWeeks(week).plusHours(1), at, UUID.randomUUID()).update();
        }
        Booking.SeriesOutcome outcome = booking.bookSeries(accounts.findByEmail(Demo.THERAPIST).orElseThrow().asCurrentUser(), new BookingRequest(jordan(), UUID.fromString(therapist),
                first, 60, "SWEDISH", null), 5, 7);

        assertThat(outcome.booked()).hasSize(3);
        assertThat(outcome.refused()).containsOnlyKeys(at.plusWeeks(1).toLocalDate(), at.plusWeeks(3).toLocalDate());
        assertThat(outcome.refused().values()).containsOnly("booking.error.slotTaken");
    }
}
