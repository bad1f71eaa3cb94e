package org.kneadwell.therapist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.kneadwell.shared.Technique;

/**
 * What booking checks about one therapist, read once for each booking attempt ({@link Availability#forBooking}): the
 * techniques offered, whether the account is active, the credential, and the weekly schedule. The schedule is read
 * only when first asked for, so an attempt refused before that (a slot already taken) does not read it. It belongs
 * to the one request that read it and is not shared between threads.
 */
public final class BookableTherapist {

    private final Set<Technique> techniques;
    private final boolean activeAccount;
    private final Credential credential;
    private final ZoneId zone;
    private final Supplier<Schedule> scheduleReader;
    private Schedule schedule;

    /** @param zone the clinic's time zone, in which the schedule's hours are kept */
    BookableTherapist(Set<Technique> techniques, boolean activeAccount, Credential credential, ZoneId zone,
            Supplier<Schedule> scheduleReader) {
        this.techniques = Set.copyOf(techniques);
        this.activeAccount = activeAccount;
        this.credential = credential;
        this.zone = zone;
        this.scheduleReader = scheduleReader;
    }

    public Set<Technique> techniques() {
        return techniques;
    }

    /**
     * Why the therapist cannot be booked on {@code day}, or empty when they can: a deactivated account first, then the
     * credential (the same answer as {@link TherapistDirectory#notBookableOn}).
     */
    public Optional<NotBookable> notBookableOn(LocalDate day) {
        return NotBookable.on(activeAccount, credential, day);
    }

    /** The location whose working hours hold the whole session, if it fits in them (breaks and time off too). */
    public Optional<UUID> locationAt(Instant start, int minutes) {
        if (schedule == null) {
            schedule = scheduleReader.get();
        }
        return Availability.locationAt(schedule, zone, start, minutes);
    }
}
