package org.kneadwell.shared;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A session note was signed with the patient's pain before and after the session on the 0–10 numeric rating
 * scale: published by {@code session} in the signing transaction, so {@code outcome} can keep the pain timeline and
 * its progress rules without either module knowing the other.
 *
 * @param sessionStart when the session began (the measurements' effective time)
 * @param techniques   the techniques recorded in the note's treatment rows, in the order written
 * @param painRegions  where the patient said it hurt at the start of the session (the note's pain map)
 */
public record SessionPainRecorded(UUID patientId, UUID appointmentId, Instant sessionStart, int painBefore,
        int painAfter, List<Technique> techniques, Set<BodyRegion> painRegions) {

    public SessionPainRecorded {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(sessionStart, "sessionStart");
        if (painBefore < 0 || painBefore > 10 || painAfter < 0 || painAfter > 10) {
            throw new IllegalArgumentException("Pain is scored 0-10");
        }
        techniques = List.copyOf(techniques);
        painRegions = painRegions == null ? Set.of() : Set.copyOf(painRegions);
    }
}
