package org.kneadwell.scheduling.clinic;

import java.time.Instant;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.shared.Technique;
import org.springframework.modulith.NamedInterface;

/**
 * Records sessions that already took place, for seeding a clinic's history (the demo clinic): the caller's access
 * to the patient is checked, but none of the booking rules (future time, working hours, credential, effective
 * safety) are. Only modules that declare {@code scheduling :: seeding} may use it; everyone else books through
 * {@link org.kneadwell.scheduling.Booking}.
 */
@NamedInterface("seeding")
public interface PastSessions {

    /** Stores the session as attended; refused unless {@code start} is in the past. */
    Appointment record(CurrentUser user, UUID patientId, UUID therapistId, Technique technique, Instant start,
            int minutes);

    /**
     * Stores a booked session at any time (earlier today, later today), for seeding a clinic's day: the caller's access
     * and the therapist's and patient's other sessions are checked, working hours, credential and effective safety are
     * not; if effective safety does not allow the session on its day it is marked blocked at once, as a booked session
     * would be when safety changes.
     */
    Appointment recordBooked(CurrentUser user, UUID patientId, UUID therapistId, UUID locationId, Technique technique,
            Instant start, int minutes);
}
