package org.kneadwell.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kneadwell.shared.SqlTime.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.notification.Outbox;
import org.kneadwell.notification.OutboxMessage;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reminder is sent by a background job, without a request: without KNEADWELL_BASE_URL its link starts where
 * a signed-in person last reached the app (here 127.0.0.1), not at a fixed http://localhost:8080.
 */
@KneadwellTest
class ReminderLinksTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Outbox outbox;

    @Autowired
    Reminders reminders;

    @Test
    void aReminderLinksToWhereTheAppWasLastReached() {
        String reached = "http://127.0.0.1:" + port;
        Browserless maya = new Browserless(reached);
        assertThat(maya.signIn(Demo.THERAPIST, totp)).isTrue();
        maya.get("/");
        UUID session = sessionForJordanInThreeHours();
        try {
            reminders.sendDue();

            assertThat(jdbc.sql("select count(*) from appointment where public_id = ? and reminder_sent_at is not null")
                    .param(session).query(Integer.class).single()).as("the reminder went out").isEqualTo(1);
            OutboxMessage reminder = outbox.latest(50).stream()
                    .filter(m -> m.recipient().equals(Demo.PATIENT) && m.subject().startsWith("Your massage session"))
                    .findFirst().orElseThrow();
            assertThat(reminder.body()).contains(reached + "/sessions/" + session + "/check-in").doesNotContain("localhost");
        } finally {
            // The session exists only for this test; other tests share the database and Maya's diary.
            jdbc.sql("delete from appointment where public_id = ?").param(session).update();
        }
    }

    private UUID sessionForJordanInThreeHours() {
        UUID jordan = jdbc.sql("select public_id from patient where given_name = 'Jordan' and family_name = 'Ellis'")
                .query(UUID.class).single();
        UUID therapist = jdbc.sql("select therapist_id from appointment where patient_id = ? order by starts_at limit 1")
                .param(jordan).query(UUID.class).single();
        UUID session = UUID.randomUUID();
        // Three hours ahead, or the next half hour after that when Maya or Jordan is booked (the demo clinic's day)
        Instant start = clock.instant().plus(Duration.ofHours(3));
        while (jdbc.sql("select count(*) from appointment where status = 'BOOKED' and (therapist_id = ? or patient_id = ?) "
                + "and starts_at < ? and ends_at > ?").params(therapist, jordan, utc(start.plus(Duration.ofHours(1))),
                        utc(start)).query(Long.class).single() > 0) {
            start = start.plus(Duration.ofMinutes(30));
        }
        jdbc.sql("""
                insert into appointment (public_id, patient_id, therapist_id, technique, starts_at, ends_at, status,
                created_at, created_by) values (?, ?, ?, 'SWEDISH', ?, ?, 'BOOKED', ?, ?)""")
                .params(session, jordan, therapist, utc(start), utc(start.plus(Duration.ofHours(1))),
                        utc(clock.instant()), therapist)
                .update();
        return session;
    }
}
