package org.kneadwell.scheduling;

import java.time.Instant;
import java.util.UUID;

import org.kneadwell.shared.Technique;

/**
 * One booked (or cancelled, missed, attended) session with a therapist.
 *
 * @param blockedReason why effective safety no longer allows this booked session (screening contract §5.5), or
 *                      {@code null}; the session is not cancelled, and cannot start while the mark stands
 * @param rebookReason  set when the clinic must rebook it (THERAPIST_DEACTIVATED)
 * @param reviewReason  why the care team must review this booked session before it goes ahead (a severe reaction
 *                      after an earlier session), or {@code null}; the session stays booked
 */
public record Appointment(long id, UUID publicId, UUID patientId, UUID therapistId, UUID locationId, UUID planId,
        UUID seriesId, Technique technique, Instant start, Instant end, Status status, String cancelReason,
        boolean lateCancellation, Instant createdAt, String blockedReason, String rebookReason,
        String reviewReason) {

    public enum Status { BOOKED, CANCELLED, NO_SHOW, ATTENDED }

    public boolean isActive() {
        return status == Status.BOOKED;
    }

    /** Whether effective safety no longer allows this session (it stays booked until someone acts on it). */
    public boolean blockedBySafety() {
        return blockedReason != null;
    }

    /** Still booked but marked for the clinic to rebook (e.g. its therapist was deactivated); see {@link #rebookReason}. */
    public boolean needsRebooking() {
        return isActive() && rebookReason != null;
    }

    /** Still booked and marked for the care team to review before it goes ahead; see {@link #reviewReason}. */
    public boolean needsReview() {
        return isActive() && reviewReason != null;
    }

    public int minutes() {
        return (int) java.time.Duration.between(start, end).toMinutes();
    }
}
