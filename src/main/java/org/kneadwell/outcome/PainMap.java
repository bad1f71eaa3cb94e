package org.kneadwell.outcome;

import java.time.Instant;
import java.util.Set;

import org.kneadwell.shared.BodyRegion;

/**
 * Where the patient said it hurt at one moment: at an intake, or at the start of a session (the signed note's pain
 * map).
 */
public record PainMap(Instant reportedAt, Source source, Set<BodyRegion> regions) {

    public enum Source {
        INTAKE, SESSION
    }

    public PainMap {
        regions = Set.copyOf(regions);
    }
}
