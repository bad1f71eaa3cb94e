package org.kneadwell.screening;

import java.time.Instant;
import java.util.UUID;

/** One intake: a draft being filled in, or the submitted answers a screening was made from. */
public record Intake(long id, UUID publicId, UUID patientId, Status status, IntakeAnswers answers, Instant startedAt,
        Instant updatedAt, Instant submittedAt) {

    public enum Status { DRAFT, SUBMITTED }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }
}
