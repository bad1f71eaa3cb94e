package org.kneadwell.clearance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A clinician's decision on a request: an approval (with scope and expiry), a refusal, a question to the care team,
 * or "not needed" (the latest screen stands and needs no clearance, screening contract §5.4). Every decision applies
 * to the patient's latest screen when it was made ({@code screeningId}), whatever screen opened the request.
 */
public record ClearanceDecision(long id, UUID publicId, long requestId, UUID patientId, long screeningId, Kind kind,
        String reason, ClearanceScope scope, LocalDate validUntil, LocalDate decidedOn, Instant decidedAt,
        UUID decidedBy, String clinicianName) {

    public enum Kind {
        APPROVE, DECLINE, MORE_INFO, NOT_NEEDED;

        /** Whether the decision settles the request (a question to the care team keeps it open). */
        public boolean resolves() {
            return this != MORE_INFO;
        }
    }

    /** An approval of the given screen granting the clearance (for tests and the single-screen view). */
    public static ClearanceDecision approval(Clearance clearance, long screeningId) {
        return new ClearanceDecision(0, clearance.id(), 0, null, screeningId, Kind.APPROVE, "approved",
                clearance.scope(), clearance.validUntil(), clearance.decidedOn(), Instant.EPOCH, null,
                clearance.clinicianName());
    }

    /** The clearance an approval grants; only for approvals. */
    public Clearance clearance() {
        if (kind != Kind.APPROVE) {
            throw new IllegalStateException("Only an approval grants a clearance");
        }
        return new Clearance(publicId, clinicianName, decidedOn, validUntil, scope);
    }
}
