package org.kneadwell.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * One intake: a draft being filled in, or the submitted answers a screening was made from.
 *
 * @param emergencyAlertedAt when emergency red-flag answers on this intake alerted the care team, before it was
 *                           submitted; {@code null} if they have not
 */
public record Intake(long id, UUID publicId, UUID patientId, Status status, IntakeAnswers answers, Instant startedAt,
        Instant updatedAt, Instant submittedAt, Instant emergencyAlertedAt) {

    public enum Status { DRAFT, SUBMITTED }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    public boolean emergencyAlerted() {
        return emergencyAlertedAt != null;
    }
}
