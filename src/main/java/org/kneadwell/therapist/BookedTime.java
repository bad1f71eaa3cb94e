package org.kneadwell.therapist;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The time a therapist is already booked, supplied by the scheduling module (which depends on this one), so free
 * slots leave out booked sessions.
 */
public interface BookedTime {

    List<Interval> taken(UUID therapistId, Instant from, Instant to);
}
