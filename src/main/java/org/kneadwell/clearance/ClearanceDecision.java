package org.kneadwell.clearance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A clinician's decision on a request: an approval (with scope and expiry), a refusal, or a question. */
public record ClearanceDecision(long id, UUID publicId, long requestId, UUID patientId, Kind kind, String reason,
        ClearanceScope scope, LocalDate validUntil, LocalDate decidedOn, Instant decidedAt, UUID decidedBy,
        String clinicianName) {

    public enum Kind { APPROVE, DECLINE, MORE_INFO }

    /** The clearance an approval grants; only for approvals. */
    public Clearance clearance() {
        if (kind != Kind.APPROVE) {
            throw new IllegalStateException("Only an approval grants a clearance");
        }
        return new Clearance(publicId, clinicianName, decidedOn, validUntil, scope);
    }
}
