package org.kneadwell.session;

import java.time.Instant;
import java.util.UUID;

import org.kneadwell.shared.Technique;

/**
 * The 48-hour follow-up of one attended session: requested once the session ended 48 hours ago, answered once by
 * the patient (pain now, how helpful it felt; reactions become {@link AdverseEvent}s), never changed after.
 *
 * @param painNow     0–10, or {@code null} while unanswered
 * @param helpfulness {@code null} while unanswered
 */
public record FollowUp(long id, UUID publicId, UUID patientId, UUID appointmentId, Technique technique,
        Instant sessionStart, Instant sessionEnd, Instant requestedAt, Instant answeredAt, Integer painNow,
        Helpfulness helpfulness) {

    public boolean answered() {
        return answeredAt != null;
    }
}
