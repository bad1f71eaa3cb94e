package org.kneadwell.therapist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bookable slots from a therapist's {@link Schedule}, in pure Java. Working hours are local times in the
 * clinic's zone, so a day when the clocks change has an hour more or less of real time (a local time that
 * does not exist moves forward, as {@link ZonedDateTime} does). A slot starts on a 15-minute step from the
 * start of the hours, ends within them, touches no break, falls on no day off, is not in the past, and keeps
 * the buffer clear after every session: after a taken one and after itself before the next taken one.
 */
public final class SlotCalculator {

    static final int STEP_MINUTES = 15;

    private final ZoneId zone;

    public SlotCalculator(ZoneId zone) {
        this.zone = zone;
    }

    /** Slots of {@code minutes} on the days {@code from} to {@code to} (both included), earliest first. */
    public List<Slot> slots(Schedule schedule, LocalDate from, LocalDate to, int minutes, List<Interval> taken,
            Instant now) {
        Duration length = Duration.ofMinutes(minutes);
        Duration buffer = Duration.ofMinutes(schedule.bufferMinutes());
        Map<Instant, Slot> found = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isOff(schedule, day)) {
                continue;
            }
            for (WeeklyHours hours : schedule.hours()) {
                if (hours.day() != day.getDayOfWeek()) {
                    continue;
                }
                Instant open = day.atTime(hours.start()).atZone(zone).toInstant();
                Instant close = day.atTime(hours.end()).atZone(zone).toInstant();
                for (Instant start = open; !start.plus(length).isAfter(close);
                        start = start.plus(Duration.ofMinutes(STEP_MINUTES))) {
                    Instant end = start.plus(length);
                    if (!start.isBefore(now) && clearOfBreaks(schedule, day, start, end)
                            && clearOfTaken(taken, start, end, buffer)) {
                        found.putIfAbsent(start, new Slot(start, end, hours.locationId()));
                    }
                }
            }
        }
        List<Slot> slots = new ArrayList<>(found.values());
        slots.sort(Comparator.comparing(Slot::start));
        return slots;
    }

    /**
     * Whether a session of {@code minutes} from {@code start} lies wholly inside one stretch of working hours,
     * touches no break and falls on no day off (whatever the 15-minute step; appointments and the buffer are the
     * booking's business).
     */
    public boolean withinWorkingHours(Schedule schedule, Instant start, int minutes) {
        Instant end = start.plus(Duration.ofMinutes(minutes));
        LocalDate day = start.atZone(zone).toLocalDate();
        if (minutes <= 0 || isOff(schedule, day) || !clearOfBreaks(schedule, day, start, end)) {
            return false;
        }
        for (WeeklyHours hours : schedule.hours()) {
            if (hours.day() == day.getDayOfWeek()) {
                Instant open = day.atTime(hours.start()).atZone(zone).toInstant();
                Instant close = day.atTime(hours.end()).atZone(zone).toInstant();
                if (!start.isBefore(open) && !end.isAfter(close)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isOff(Schedule schedule, LocalDate day) {
        return schedule.timeOff().stream().anyMatch(off -> off.covers(day));
    }

    private boolean clearOfBreaks(Schedule schedule, LocalDate day, Instant start, Instant end) {
        for (WeeklyBreak pause : schedule.breaks()) {
            if (pause.day() == day.getDayOfWeek()) {
                Instant from = day.atTime(pause.start()).atZone(zone).toInstant();
                Instant to = day.atTime(pause.end()).atZone(zone).toInstant();
                if (from.isBefore(end) && start.isBefore(to)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean clearOfTaken(List<Interval> taken, Instant start, Instant end, Duration buffer) {
        for (Interval session : taken) {
            if (session.overlaps(start.minus(buffer), end.plus(buffer))) {
                return false;
            }
        }
        return true;
    }
}
