package org.kneadwell.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Slots follow from weekly hours, breaks, time off, the buffer and what is already taken; never in the past. */
class SlotCalculatorTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final UUID RIVERSIDE = UUID.randomUUID();
    private static final UUID NORTHGATE = UUID.randomUUID();
    /** Wednesday 25 November 2026 (GMT, so local time equals UTC). */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    private final SlotCalculator calculator = new SlotCalculator(LONDON);

    private static WeeklyHours hours(DayOfWeek day, String start, String end, UUID location) {
        return new WeeklyHours(UUID.randomUUID(), day, LocalTime.parse(start), LocalTime.parse(end), location);
    }

    private static Schedule schedule(List<WeeklyHours> hours, List<WeeklyBreak> breaks, List<TimeOff> off, int buffer) {
        return new Schedule(hours, breaks, off, buffer);
    }

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    @Test
    void offersEveryQuarterHourThatFitsInsideTheHours() {
        Schedule s = schedule(List.of(hours(DayOfWeek.WEDNESDAY, "09:00", "11:00", RIVERSIDE)), List.of(), List.of(), 0);

        List<Slot> slots = calculator.slots(s, WEDNESDAY, WEDNESDAY, 60, List.of(), LONG_AGO);

        assertThat(slots).extracting(Slot::start).containsExactly(at("2026-11-25T09:00:00Z"),
                at("2026-11-25T09:15:00Z"), at("2026-11-25T09:30:00Z"), at("2026-11-25T09:45:00Z"),
                at("2026-11-25T10:00:00Z"));
        assertThat(slots.get(0).end()).isEqualTo(at("2026-11-25T10:00:00Z"));
        assertThat(slots).allMatch(slot -> slot.locationId().equals(RIVERSIDE));
    }

    @Test
    void noSlotsOnDaysWithoutHours() {
        Schedule s = schedule(List.of(hours(DayOfWeek.MONDAY, "09:00", "17:00", RIVERSIDE)), List.of(), List.of(), 0);

        assertThat(calculator.slots(s, WEDNESDAY, WEDNESDAY.plusDays(4), 60, List.of(), LONG_AGO)).isEmpty();
        assertThat(calculator.slots(s, WEDNESDAY, WEDNESDAY.plusDays(5), 60, List.of(), LONG_AGO)).isNotEmpty();
    }

    @Test
    void aSessionNeverTouchesABreak() {
        Schedule s = schedule(List.of(hours(DayOfWeek.WEDNESDAY, "12:00", "14:00", RIVERSIDE)),
                List.of(new WeeklyBreak(UUID.randomUUID(), DayOfWeek.WEDNESDAY, LocalTime.of(12, 30),
                        LocalTime.of(13, 15))),
                List.of(), 0);

        List<Slot> slots = calculator.slots(s, WEDNESDAY, WEDNESDAY, 30, List.of(), LONG_AGO);

        assertThat(slots).extracting(Slot::start).containsExactly(at("2026-11-25T12:00:00Z"),
                at("2026-11-25T13:15:00Z"), at("2026-11-25T13:30:00Z"));
    }

    @Test
    void nothingOnDaysOff() {
        Schedule s = schedule(List.of(hours(DayOfWeek.WEDNESDAY, "09:00", "17:00", RIVERSIDE),
                hours(DayOfWeek.THURSDAY, "09:00", "17:00", RIVERSIDE)), List.of(),
                List.of(new TimeOff(UUID.randomUUID(), WEDNESDAY, WEDNESDAY, "Training")), 0);

        List<Slot> slots = calculator.slots(s, WEDNESDAY, WEDNESDAY.plusDays(1), 60, List.of(), LONG_AGO);

        assertThat(slots).isNotEmpty().allMatch(slot -> slot.start().isAfter(at("2026-11-26T00:00:00Z")));
    }

    @Test
    void takenTimeAndTheBufferAfterItAreNotOffered() {
        Schedule s = schedule(List.of(hours(DayOfWeek.WEDNESDAY, "08:30", "13:00", RIVERSIDE)), List.of(), List.of(), 15);
        Interval booked = new Interval(at("2026-11-25T10:00:00Z"), at("2026-11-25T11:00:00Z"));

        List<Slot> slots = calculator.slots(s, WEDNESDAY, WEDNESDAY, 60, List.of(booked), LONG_AGO);

        // A new session keeps its own buffer clear before the booking: 08:45 + 60 + 15 = 10:00 is the latest;
        // after the booking, 11:00 + 15 min buffer = 11:15 is the first start.
        assertThat(slots).extracting(Slot::start).containsExactly(at("2026-11-25T08:30:00Z"),
                at("2026-11-25T08:45:00Z"),
                at("2026-11-25T11:15:00Z"), at("2026-11-25T11:30:00Z"), at("2026-11-25T11:45:00Z"),
                at("2026-11-25T12:00:00Z"));
    }

    @Test
    void neverInThePast() {
        Schedule s = schedule(List.of(hours(DayOfWeek.WEDNESDAY, "09:00", "12:00", RIVERSIDE)), List.of(), List.of(), 0);

        List<Slot> slots = calculator.slots(s, WEDNESDAY, WEDNESDAY, 60, List.of(), at("2026-11-25T10:05:00Z"));

        assertThat(slots).extracting(Slot::start).containsExactly(at("2026-11-25T10:15:00Z"),
                at("2026-11-25T10:30:00Z"), at("2026-11-25T10:45:00Z"), at("2026-11-25T11:00:00Z"));
    }

    @Test
    void eachStretchOfHoursKeepsItsLocation() {
        Schedule s = schedule(List.of(hours(DayOfWeek.WEDNESDAY, "08:00", "09:00", RIVERSIDE),
                hours(DayOfWeek.WEDNESDAY, "14:00", "15:00", NORTHGATE)), List.of(), List.of(), 0);

        List<Slot> slots = calculator.slots(s, WEDNESDAY, WEDNESDAY, 60, List.of(), LONG_AGO);

        assertThat(slots).containsExactly(
                new Slot(at("2026-11-25T08:00:00Z"), at("2026-11-25T09:00:00Z"), RIVERSIDE),
                new Slot(at("2026-11-25T14:00:00Z"), at("2026-11-25T15:00:00Z"), NORTHGATE));
    }

    @Test
    void summerHoursAreLocalTime() {
        LocalDate summer = LocalDate.of(2026, 7, 1);
        Schedule s = schedule(List.of(hours(DayOfWeek.WEDNESDAY, "09:00", "10:00", RIVERSIDE)), List.of(), List.of(), 0);

        assertThat(calculator.slots(s, summer, summer, 60, List.of(), LONG_AGO)).extracting(Slot::start)
                .containsExactly(at("2026-07-01T08:00:00Z"));
    }

    @Test
    void theSpringForwardNightHasAnHourLess() {
        LocalDate springForward = LocalDate.of(2026, 3, 29); // a Sunday: 01:00 GMT becomes 02:00 BST
        Schedule s = schedule(List.of(hours(DayOfWeek.SUNDAY, "00:00", "04:00", RIVERSIDE)), List.of(), List.of(), 0);

        List<Slot> slots = calculator.slots(s, springForward, springForward, 60, List.of(), LONG_AGO);

        // 00:00 GMT to 04:00 BST is three real hours: starts 00:00Z to 02:00Z.
        assertThat(slots).hasSize(9);
        assertThat(slots.get(0).start()).isEqualTo(at("2026-03-29T00:00:00Z"));
        assertThat(slots.get(8).end()).isEqualTo(at("2026-03-29T03:00:00Z"));
        assertThat(slots).allMatch(slot -> java.time.Duration.between(slot.start(), slot.end()).toMinutes() == 60);
    }

    @Test
    void theFallBackNightHasAnHourMore() {
        LocalDate fallBack = LocalDate.of(2026, 10, 25); // a Sunday: 02:00 BST becomes 01:00 GMT
        Schedule s = schedule(List.of(hours(DayOfWeek.SUNDAY, "00:00", "04:00", RIVERSIDE)), List.of(), List.of(), 0);

        List<Slot> slots = calculator.slots(s, fallBack, fallBack, 60, List.of(), LONG_AGO);

        // 00:00 BST (23:00Z the day before) to 04:00 GMT is five real hours: 17 quarter-hour starts.
        assertThat(slots).hasSize(17);
        assertThat(slots.get(0).start()).isEqualTo(at("2026-10-24T23:00:00Z"));
        assertThat(slots.get(16).end()).isEqualTo(at("2026-10-25T04:00:00Z"));
    }

    @Test
    void dayTimeHoursOnAClockChangeDayStayLocal() {
        LocalDate springForward = LocalDate.of(2026, 3, 29);
        Schedule s = schedule(List.of(hours(DayOfWeek.SUNDAY, "09:00", "10:00", RIVERSIDE)), List.of(), List.of(), 0);

        assertThat(calculator.slots(s, springForward, springForward, 60, List.of(), LONG_AGO)).extracting(Slot::start)
                .containsExactly(at("2026-03-29T08:00:00Z"));
    }

    @Test
    void withinWorkingHoursChecksTheWholeSession() {
        Schedule s = schedule(List.of(hours(DayOfWeek.WEDNESDAY, "09:00", "17:00", RIVERSIDE)),
                List.of(new WeeklyBreak(UUID.randomUUID(), DayOfWeek.WEDNESDAY, LocalTime.of(12, 30),
                        LocalTime.of(13, 15))),
                List.of(), 15);

        assertThat(calculator.withinWorkingHours(s, at("2026-11-25T09:05:00Z"), 60)).isTrue();
        assertThat(calculator.withinWorkingHours(s, at("2026-11-25T16:30:00Z"), 60)).isFalse();
        assertThat(calculator.withinWorkingHours(s, at("2026-11-25T12:00:00Z"), 60)).isFalse();
        assertThat(calculator.withinWorkingHours(s, at("2026-11-25T08:30:00Z"), 60)).isFalse();
        assertThat(calculator.withinWorkingHours(s, at("2026-11-26T10:00:00Z"), 60)).isFalse();
    }
}
