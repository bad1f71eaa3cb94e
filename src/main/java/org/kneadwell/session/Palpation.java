package org.kneadwell.session;

import java.util.Objects;

import org.kneadwell.shared.BodyRegion;

/**
 * What the therapist's hands found in one region: muscle tension graded 0 (none) to 3 (marked), and whether
 * trigger points were found.
 */
public record Palpation(BodyRegion region, int tension, boolean triggerPoints) {

    public static final int MAX_TENSION = 3;

    public Palpation {
        Objects.requireNonNull(region, "region");
        if (tension < 0 || tension > MAX_TENSION) {
            throw new IllegalArgumentException("Tension is graded 0-3, not " + tension);
        }
    }
}
