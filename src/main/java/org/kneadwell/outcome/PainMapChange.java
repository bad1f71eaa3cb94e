package org.kneadwell.outcome;

import java.util.EnumSet;
import java.util.Set;

import org.kneadwell.shared.BodyRegion;

/**
 * How the places that hurt changed between the first pain map and the latest: the regions no longer reported, the
 * regions new since, and those reported both times. Pure Java.
 */
record PainMapChange(PainMap first, PainMap latest, Set<BodyRegion> gone, Set<BodyRegion> added,
        Set<BodyRegion> still) {

    static PainMapChange between(PainMap first, PainMap latest) {
        Set<BodyRegion> gone = EnumSet.noneOf(BodyRegion.class);
        Set<BodyRegion> added = EnumSet.noneOf(BodyRegion.class);
        Set<BodyRegion> still = EnumSet.noneOf(BodyRegion.class);
        gone.addAll(first.regions());
        gone.removeAll(latest.regions());
        added.addAll(latest.regions());
        added.removeAll(first.regions());
        still.addAll(first.regions());
        still.retainAll(latest.regions());
        return new PainMapChange(first, latest, gone, added, still);
    }

    /** True when the latest map is the first one (a single report: nothing to compare). */
    boolean single() {
        return first.equals(latest);
    }
}
