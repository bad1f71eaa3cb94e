package org.kneadwell.outcome;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One pain diary entry: pain 0–10, an optional note, a flare-up flag and the red flags of the short re-check. */
public record DiaryEntry(UUID publicId, UUID patientId, int pain, String note, boolean flareUp, List<String> redFlags,
        Instant effectiveAt, Instant recordedAt, UUID recordedBy) {

    public DiaryEntry {
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
    }
}
