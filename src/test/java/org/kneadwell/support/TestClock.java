package org.kneadwell.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the real time plus an offset that only grows. A test that needs a later moment
 * (a new TOTP time step) moves the clock forward instead of sleeping. One clock serves every test application in
 * the JVM, so what one context has seen (a used TOTP step) stays in the past for all of them.
 */
public final class TestClock extends Clock {

    private static final TestClock SHARED = new TestClock();

    private final Clock wall = Clock.systemUTC();
    private final AtomicLong offsetMillis = new AtomicLong();

    private TestClock() {
    }

    public static TestClock shared() {
        return SHARED;
    }

    /** Moves the clock forward to {@code moment}; a clock already past it stays where it is. */
    public void advanceTo(Instant moment) {
        offsetMillis.accumulateAndGet(moment.toEpochMilli() - wall.millis(), Math::max);
    }

    public void advance(Duration by) {
        offsetMillis.addAndGet(Math.max(0, by.toMillis()));
    }

    /** How far ahead of the real time the clock runs. */
    public Duration ahead() {
        return Duration.ofMillis(offsetMillis.get());
    }

    @Override
    public long millis() {
        return wall.millis() + offsetMillis.get();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : Clock.offset(Clock.system(zone), ahead());
    }

    /** Makes the shared test clock the application's clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        Clock testClock() {
            return SHARED;
        }
    }
}
