package org.kneadwell.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.therapist.Availability;
import org.kneadwell.therapist.BookableTherapist;
import org.kneadwell.therapist.BookedTime;
import org.kneadwell.therapist.Interval;
import org.kneadwell.therapist.TherapistDirectory;
import org.springframework.stereotype.Component;

/**
 * What booking asks the directory about a therapist, and what it tells the directory back: the time already booked,
 * so free slots leave it out.
 */
@Component
class TherapistChecks implements BookedTime {

    private final TherapistDirectory directory;
    private final Availability availability;
    private final Appointments appointments;

    TherapistChecks(TherapistDirectory directory, Availability availability, Appointments appointments) {
        this.directory = directory;
        this.availability = availability;
        this.appointments = appointments;
    }

    /** What a booking attempt checks about the therapist, or empty for an unknown therapist. */
    Optional<BookableTherapist> forBooking(UUID therapistId) {
        return availability.forBooking(therapistId);
    }

    /** Whether the therapist's account is still active (their calendar feed stops when it is not). */
    boolean hasActiveAccount(UUID therapistId) {
        return directory.hasActiveAccount(therapistId);
    }

    /** The therapist profile of a signed-in therapist's account, for their calendar feed. */
    Optional<UUID> profileOf(long accountId) {
        return directory.profileOfAccount(accountId).map(p -> p.id());
    }

    @Override
    public List<Interval> taken(UUID therapistId, Instant from, Instant to) {
        return appointments.ofTherapist(therapistId, from, to).stream().filter(Appointment::isActive)
                .map(a -> new Interval(a.start(), a.end())).toList();
    }
}
