package org.kneadwell.clearance;

import java.util.List;
import java.util.Objects;

/**
 * One limit on a technique today and where it came from.
 *
 * @param code    the condition, red-flag or clearance code ({@code PRESSURE_CAP}, {@code AVOID_REGIONS},
 *                {@code HEAT}, {@code PRECAUTIONS}, {@code CLEARED}, ...)
 * @param text    a short plain-language explanation; clearance limits name the clinician and the valid-until date
 * @param sources source tags of clinical-reference §11 for screen, hold and permission limits; may be empty
 */
public record Limit(LimitSource source, String code, String text, List<String> sources) {

    public Limit {
        Objects.requireNonNull(source, "source");
        if (code == null || code.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("A limit needs a code and a text");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
