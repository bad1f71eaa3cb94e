package org.kneadwell.screening;

import java.time.Instant;
import java.util.UUID;

import org.kneadwell.screening.policy.ScreenFacts;
import org.kneadwell.screening.policy.ScreeningInput;
import org.kneadwell.screening.policy.ScreeningResult;

/**
 * A screening result as stored, under the policy version it used, with the answers it was made from.
 *
 * @param intakeId      the submitted intake it came from, or {@code null} for a screening stored through the API
 * @param input         the answers the engine read; {@code null} for results stored before answers were kept
 * @param schemaVersion the format the result was stored in (see {@link ScreeningResults})
 */
public record StoredScreening(long id, UUID publicId, UUID patientId, Long intakeId, Instant createdAt,
        ScreeningResult result, ScreeningInput input, int schemaVersion) {

    /** What this screen found, in codes, to compare with another screen. */
    public ScreenFacts facts() {
        return ScreenFacts.of(input, result);
    }
}
