package org.kneadwell.identity;

import static org.kneadwell.shared.SqlTime.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At most {@value #MAX_ATTEMPTS} password checks per user name in a {@link #WINDOW}, whatever the concurrency:
 * a sign-in takes a slot with one conditional UPDATE before its password is checked (the database's row lock
 * makes parallel requests take slots one after another), a failed attempt keeps its slot, and a successful one
 * gives it back. Names without an account are throttled the same way; names are stored hashed.
 */
@Component
class LoginThrottle {

    static final int MAX_ATTEMPTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes one of the window's slots for the name; false when all of them are taken (the caller must stop). */
    boolean tryAcquire(String username) {
        String key = key(username);
        Instant now = clock.instant();
        ensureRow(key, now);
        return jdbc.sql("""
                update login_throttle
                set attempts = case when window_started_at <= :windowOver then 1 else attempts + 1 end,
                    window_started_at = case when window_started_at <= :windowOver then :now else window_started_at end
                where username_hash = :key and (window_started_at <= :windowOver or attempts < :max)""")
                .param("windowOver", utc(now.minus(WINDOW))).param("now", utc(now)).param("key", key)
                .param("max", MAX_ATTEMPTS)
                .update() == 1;
    }

    /** The attempt succeeded: its slot is free again (earlier failures in the window still count). */
    void release(String username) {
        jdbc.sql("update login_throttle set attempts = attempts - 1 where username_hash = ? and attempts > 0")
                .param(key(username)).update();
    }

    private void ensureRow(String key, Instant now) {
        try {
            jdbc.sql("""
                    insert into login_throttle (username_hash, attempts, window_started_at) values (?, 0, ?)
                    on conflict do nothing""")
                    .params(key, utc(now)).update();
        } catch (DuplicateKeyException raced) {
            // another request created the row a moment ago: the slot is taken from it below
        }
    }

    private static String key(String username) {
        return Hashes.sha256(Emails.normalize(username));
    }
}
