package org.kneadwell.outcome;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A submitted answer set: immutable, with its items' answers (JSON, in item order) and the computed score. */
public record StoredResponse(UUID publicId, UUID patientId, String instrument, String answers, List<String> activities,
        Score score, Instant effectiveAt, Instant recordedAt, UUID recordedBy, Measurement.Source source) {

    public StoredResponse {
        activities = activities == null ? List.of() : List.copyOf(activities);
    }
}
