package org.kneadwell.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.kneadwell.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The day each session of the demo therapist's day falls on. The demo places them around the moment it is seeded
 * (three hours before to three and a half after), so near midnight some fall on the day before or after; tests open
 * the day a session is on instead of assuming it is today.
 */
public final class DemoDay {

    private static final Duration WINDOW = Duration.ofHours(4);

    private DemoDay() {
    }

    /**
     * The clinic day of Maya Chen's session with the demo patient of that given name, in that status, within four
     * hours of {@code now} (the demo day; the patient may have other sessions in their plan).
     */
    public static LocalDate of(JdbcClient jdbc, Clock clock, ZoneId zone, String given, String status) {
        Instant now = clock.instant();
        Instant start = jdbc.sql("select a.starts_at from appointment a join patient p on p.public_id = a.patient_id "
                + "join therapist_profile t on t.public_id = a.therapist_id join account c on c.id = t.account_id "
                + "where p.given_name = ? and c.email = ? and a.status = ? and a.starts_at between ? and ? "
                + "order by a.starts_at desc limit 1")
                .params(given, Demo.THERAPIST, status, SqlTime.utc(now.minus(WINDOW)), SqlTime.utc(now.plus(WINDOW)))
                .query(Instant.class).single();
        return start.atZone(zone).toLocalDate();
    }
}
