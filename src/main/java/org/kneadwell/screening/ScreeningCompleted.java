package org.kneadwell.screening;

import java.util.UUID;

import org.kneadwell.screening.policy.TriageTier;

/**
 * Published in the submitting transaction when an intake has been screened, so later modules (clearance) can act
 * on it without the screen knowing about them.
 */
public record ScreeningCompleted(UUID patientId, long screeningId, TriageTier tier, boolean massageOnHold,
        boolean clearanceRequired, UUID submittedBy) {
}
