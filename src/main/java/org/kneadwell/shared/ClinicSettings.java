package org.kneadwell.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clinic's own settings that every module reads. The time zone decides what "today" and "the day after"
 * mean everywhere; times are stored in UTC and shown in this zone.
 */
public record ClinicSettings(String name, ZoneId zone, boolean embeddedDatabase) {

    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }
}
