package org.kneadwell.screening;

import java.time.Instant;
import java.util.UUID;

import org.kneadwell.screening.policy.ScreeningResult;

/** A screening result as stored with the intake it came from, under the policy version it used. */
public record StoredScreening(long id, UUID publicId, UUID patientId, long intakeId, Instant createdAt,
        ScreeningResult result) {
}
