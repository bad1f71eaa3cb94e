package org.kneadwell.scheduling;

import java.time.Instant;
import java.util.UUID;

import org.kneadwell.shared.Technique;

/** One booked (or cancelled, missed, attended) session with a therapist. */
public record Appointment(long id, UUID publicId, UUID patientId, UUID therapistId, UUID locationId, UUID planId,
        UUID seriesId, Technique technique, Instant start, Instant end, Status status, String cancelReason,
        boolean lateCancellation, Instant createdAt) {

    public enum Status { BOOKED, CANCELLED, NO_SHOW, ATTENDED }

    public boolean isActive() {
        return status == Status.BOOKED;
    }

    public int minutes() {
        return (int) java.time.Duration.between(start, end).toMinutes();
    }
}
