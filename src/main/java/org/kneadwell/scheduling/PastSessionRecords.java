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
    private final SafetyMarks marks;

    PastSessionRecords(Booking booking, SafetyMarks marks) {
        this.booking = booking;
        this.marks = marks;
    }

    @Override
    public Appointment record(CurrentUser user, UUID patientId, UUID therapistId, Technique technique, Instant start,
            int minutes) {
        return booking.recordPastSession(user, patientId, therapistId, technique, start, minutes);
    }

    @Override
    public Appointment recordBooked(CurrentUser user, UUID patientId, UUID therapistId, UUID locationId,
            Technique technique, Instant start, int minutes) {
        Appointment booked = booking.recordBookedSession(user, patientId, therapistId, locationId, technique, start,
                minutes);
        marks.on(new org.kneadwell.clearance.SafetyChanged(patientId));
        return booked;
    }
}
