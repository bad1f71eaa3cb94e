package org.kneadwell.identity;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * After {@value #MAX_FAILURES} failed sign-ins within {@link #WINDOW} a user name is paused for
 * {@link #PAUSE}, whether or not an account exists for it. Names are stored hashed.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration PAUSE = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isPaused(String username) {
        return state(key(username)).map(s -> s.lockedUntil() != null && s.lockedUntil().isAfter(clock.instant()))
                .orElse(false);
    }

    void recordFailure(String username) {
        String key = key(username);
        Instant now = clock.instant();
        Optional<State> state = state(key);
        if (state.isEmpty()) {
            try {
                jdbc.sql("insert into login_throttle (username_hash, failures, first_failure_at) values (?, 1, ?)")
                        .params(key, utc(now)).update();
                return;
            } catch (DuplicateKeyException raced) {
                state = state(key);
            }
        }
        State current = state.orElseThrow();
        boolean windowOver = current.firstFailureAt().plus(WINDOW).isBefore(now);
        int failures = windowOver ? 1 : current.failures() + 1;
        Instant lockedUntil = failures >= MAX_FAILURES ? now.plus(PAUSE) : current.lockedUntil();
        jdbc.sql("update login_throttle set failures = ?, first_failure_at = ?, locked_until = ? where username_hash = ?")
                .params(failures >= MAX_FAILURES ? 0 : failures, utc(windowOver ? now : current.firstFailureAt()),
                        utc(lockedUntil), key)
                .update();
    }

    void recordSuccess(String username) {
        jdbc.sql("delete from login_throttle where username_hash = ?").param(key(username)).update();
    }

    private Optional<State> state(String key) {
        return jdbc.sql("select failures, first_failure_at, locked_until from login_throttle where username_hash = ?")
                .param(key)
                .query((rs, i) -> new State(rs.getInt("failures"), instant(rs, "first_failure_at"),
                        instant(rs, "locked_until")))
                .optional();
    }

    private static String key(String username) {
        return Hashes.sha256(Emails.normalize(username));
    }

    private record State(int failures, Instant firstFailureAt, Instant lockedUntil) {
    }
}
