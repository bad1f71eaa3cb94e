package org.kneadwell.clearance;

import java.time.Instant;
import java.util.UUID;

import org.kneadwell.screening.policy.TriageTier;

/** A request for a clinician's clearance, with the screen it is about and how urgent that screen was. */
public record ClearanceRequest(long id, UUID publicId, UUID patientId, long screeningId, TriageTier tier,
        Status status, Origin origin, String note, UUID requestedBy, Instant requestedAt) {

    /** SUPERSEDED is history only: since contract §5 a request stays open across later screens. */
    public enum Status { OPEN, MORE_INFO, APPROVED, DECLINED, NOT_NEEDED, SUPERSEDED }

    public enum Origin { AUTOMATIC, THERAPIST }

    /** Still waiting for a decision (asked for more information counts as waiting). */
    public boolean isOpen() {
        return status == Status.OPEN || status == Status.MORE_INFO;
    }
}
