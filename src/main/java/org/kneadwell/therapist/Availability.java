package org.kneadwell.therapist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.AccountStatus;
import org.kneadwell.shared.ClinicSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** When a therapist can be booked: slots from their schedule, for the booking module to offer and check. */
@Service
@Transactional(readOnly = true)
public class Availability {

    private final Therapists therapists;
    private final AccountDirectory accounts;
    private final ClinicSettings clinic;
    private final Clock clock;

    Availability(Therapists therapists, AccountDirectory accounts, ClinicSettings clinic, Clock clock) {
        this.therapists = therapists;
        this.accounts = accounts;
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
    public Optional<Slot> nextSlot(UUID therapistId, int minutes, List<Interval> taken) {
        LocalDate today = clinic.today(clock);
        return slots(therapistId, today, today.plusDays(91), minutes, taken).stream().findFirst();
    }

    public boolean isWithinWorkingHours(UUID therapistId, Instant start, int minutes) {
        return new SlotCalculator(clinic.zone()).withinWorkingHours(schedule(therapistId), start, minutes);
    }

    /**
     * The location whose working hours hold the whole session, if the session fits in them (breaks and time off too),
     * the hours being in {@code zone}.
     */
    static Optional<UUID> locationAt(Schedule schedule, ZoneId zone, Instant start, int minutes) {
        if (!new SlotCalculator(zone).withinWorkingHours(schedule, start, minutes)) {
            return Optional.empty();
        }
        var local = start.atZone(zone);
        var end = local.plusMinutes(minutes).toLocalTime();
        return schedule.hours().stream()
                .filter(h -> h.day() == local.getDayOfWeek() && !local.toLocalTime().isBefore(h.start())
                        && !end.isAfter(h.end()))
                .map(WeeklyHours::locationId).findFirst();
    }

    /**
     * What a booking attempt checks about the therapist, or empty for an unknown therapist (or one without an
     * account). It joins a caller's transaction but opens none: each read is one statement at read committed, and
     * takes a pooled connection only for that statement. A booking attempt used to open three read-only transactions
     * for these facts, each holding a connection across its statements; in a booking race the pool ran dry.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<BookableTherapist> forBooking(UUID therapistId) {
        return therapists.byPublicId(therapistId).flatMap(row -> accounts.find(row.accountId()).map(account ->
                new BookableTherapist(therapists.techniques(row.id()), account.status() == AccountStatus.ACTIVE,
                        row.credential(), clinic.zone(), () -> therapists.schedule(row.id(), row.bufferMinutes()))));
    }

    public Schedule schedule(UUID therapistId) {
        Therapists.Row row = row(therapistId);
        return therapists.schedule(row.id(), row.bufferMinutes());
    }

    private Therapists.Row row(UUID therapistId) {
        return therapists.byPublicId(therapistId).orElseThrow(() -> new TherapistNotFoundException(therapistId));
    }
}
