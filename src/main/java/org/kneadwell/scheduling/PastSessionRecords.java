package org.kneadwell.scheduling;

import java.time.Instant;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.scheduling.clinic.PastSessions;
import org.kneadwell.shared.Technique;
import org.springframework.stereotype.Service;

/** Past sessions recorded through {@link Booking}, outside the booking rules (see {@link PastSessions}). */
@Service
class PastSessionRecords implements PastSessions {

    private final Booking booking;

    PastSessionRecords(Booking booking) {
        this.booking = booking;
    }

    @Override
    public Appointment record(CurrentUser user, UUID patientId, UUID therapistId, Technique technique, Instant start,
            int minutes) {
        return booking.recordPastSession(user, patientId, therapistId, technique, start, minutes);
    }
}
