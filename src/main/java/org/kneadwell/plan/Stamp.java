package org.kneadwell.plan;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Who did something to a plan and when (UTC). */
public record Stamp(UUID by, Instant at) {

    public Stamp {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
