package org.kneadwell.therapist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.kneadwell.shared.ClinicSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** When a therapist can be booked: slots from their schedule, for the booking module to offer and check. */
@Service
@Transactional(readOnly = true)
public class Availability {

    private final Therapists therapists;
    private final ClinicSettings clinic;
    private final Clock clock;

    Availability(Therapists therapists, ClinicSettings clinic, Clock clock) {
        this.therapists = therapists;
        this.clinic = clinic;
        this.clock = clock;
    }

    /**
     * Free slots of {@code minutes} between the two days (both included, in the clinic's zone), not in the past,
     * clear of the {@code taken} intervals plus the therapist's buffer, and only on days the credential is valid
     * (none when it is unverified). Whether the account is active is the caller's check
     * ({@link TherapistDirectory#notBookableOn}).
     */
    public List<Slot> slots(UUID therapistId, LocalDate from, LocalDate to, int minutes, List<Interval> taken) {
        Therapists.Row row = row(therapistId);
        return new SlotCalculator(clinic.zone()).slots(therapists.schedule(row.id(), row.bufferMinutes()), from, to,
                minutes, taken, clock.instant()).stream()
                .filter(slot -> row.credential().bookableOn(slot.start().atZone(clinic.zone()).toLocalDate()))
                .toList();
    }

    /** The first free slot from today within the next 92 days, for "next free slot" in search results. */
    public java.util.Optional<Slot> nextSlot(UUID therapistId, int minutes, List<Interval> taken) {
        LocalDate today = clinic.today(clock);
        return slots(therapistId, today, today.plusDays(91), minutes, taken).stream().findFirst();
    }

    public boolean isWithinWorkingHours(UUID therapistId, Instant start, int minutes) {
        return new SlotCalculator(clinic.zone()).withinWorkingHours(schedule(therapistId), start, minutes);
    }

    /** The location whose working hours hold the whole session, if the session fits in them (breaks and time off too). */
    public java.util.Optional<UUID> locationAt(UUID therapistId, Instant start, int minutes) {
        Schedule schedule = schedule(therapistId);
        SlotCalculator calculator = new SlotCalculator(clinic.zone());
        if (!calculator.withinWorkingHours(schedule, start, minutes)) {
            return java.util.Optional.empty();
        }
        var local = start.atZone(clinic.zone());
        var end = local.plusMinutes(minutes).toLocalTime();
        return schedule.hours().stream()
                .filter(h -> h.day() == local.getDayOfWeek() && !local.toLocalTime().isBefore(h.start())
                        && !end.isAfter(h.end()))
                .map(WeeklyHours::locationId).findFirst();
    }

    public Schedule schedule(UUID therapistId) {
        Therapists.Row row = row(therapistId);
        return therapists.schedule(row.id(), row.bufferMinutes());
    }

    private Therapists.Row row(UUID therapistId) {
        return therapists.byPublicId(therapistId).orElseThrow(() -> new TherapistNotFoundException(therapistId));
    }
}
