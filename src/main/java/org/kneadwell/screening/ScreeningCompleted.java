package org.kneadwell.screening;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.kneadwell.screening.policy.TriageTier;
import org.kneadwell.shared.BodyRegion;

/**
 * Published in the submitting transaction when an intake has been screened, so later modules (clearance, outcome)
 * can act on it without the screen knowing about them.
 *
 * @param at           when the screen was made
 * @param painReported where the patient said it hurts in the intake screened (empty for a re-check, which does not
 *                     ask)
 */
public record ScreeningCompleted(UUID patientId, long screeningId, TriageTier tier, boolean massageOnHold,
        boolean clearanceRequired, UUID submittedBy, Instant at, Set<BodyRegion> painReported) {

    public ScreeningCompleted {
        painReported = painReported == null ? Set.of() : Set.copyOf(painReported);
    }
}
