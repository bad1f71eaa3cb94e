package org.kneadwell.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.kneadwell.shared.Technique;
import org.kneadwell.therapist.Availability;
import org.kneadwell.therapist.BookedTime;
import org.kneadwell.therapist.Interval;
import org.kneadwell.therapist.NotBookable;
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

    /** The techniques the therapist offers, or empty for an unknown therapist. */
    Optional<Set<Technique>> techniques(UUID therapistId) {
        return directory.techniques(therapistId);
    }

    /** Why the therapist cannot be booked on the day (deactivated, credential unverified or expired), if so. */
    Optional<NotBookable> notBookableOn(UUID therapistId, LocalDate day) {
        return directory.notBookableOn(therapistId, day);
    }

    /** Whether the therapist's account is still active (their calendar feed stops when it is not). */
    boolean hasActiveAccount(UUID therapistId) {
        return directory.hasActiveAccount(therapistId);
    }

    Optional<UUID> locationAt(UUID therapistId, Instant start, int minutes) {
        return availability.locationAt(therapistId, start, minutes);
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
