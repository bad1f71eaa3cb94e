package org.kneadwell.patient;

import java.time.Instant;
import java.util.UUID;

/** One therapist or clinician on a patient's care team. */
public record CareTeamMember(long accountId, UUID accountPublicId, String displayName, TeamRole teamRole,
        Instant addedAt) {
}
