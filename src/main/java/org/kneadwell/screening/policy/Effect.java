package org.kneadwell.screening.policy;

import java.util.EnumSet;
import java.util.Set;

import org.kneadwell.shared.BodyRegion;

/**
 * What one cell of the condition table does to one technique (screening contract §2.2): contraindicate it
 * ({@code CI}), or restrict it by a pressure cap, a heat limit, and regions to avoid, either fixed ones or the
 * regions recorded with the condition ({@code L}). {@link #NO_EFFECT} is the table's "—".
 */
record Effect(boolean contraindicated, int maxPressure, Heat heat, Set<BodyRegion> fixedRegions,
        boolean entryRegions) {

    static final Effect NO_EFFECT = new Effect(false, TechniqueVerdict.NO_CAP, Heat.STANDARD, Set.of(), false);
    static final Effect CI = new Effect(true, 0, Heat.NONE, Set.of(), false);
    /** Avoid the regions recorded with the condition (tumour sites, the fracture, the lesion...). */
    static final Effect L = new Effect(false, TechniqueVerdict.NO_CAP, Heat.STANDARD, Set.of(), true);
    static final Effect WARM_ONLY = new Effect(false, TechniqueVerdict.NO_CAP, Heat.WARM_ONLY, Set.of(), false);

    Effect {
        fixedRegions = Set.copyOf(fixedRegions);
        if (maxPressure < 0 || maxPressure > TechniqueVerdict.NO_CAP) {
            throw new IllegalArgumentException("Walton pressure is 0-5");
        }
    }

    /** "R p≤n": cap the Walton pressure for the whole session. */
    static Effect cap(int maxPressure) {
        return new Effect(false, maxPressure, Heat.STANDARD, Set.of(), false);
    }

    /** Avoid these regions whatever was recorded with the condition. */
    static Effect avoid(Set<BodyRegion> regions) {
        return new Effect(false, TechniqueVerdict.NO_CAP, Heat.STANDARD, regions, false);
    }

    static Effect avoid(BodyRegion... regions) {
        return avoid(Set.of(regions));
    }

    /** Both effects together, the stricter of each part (§2.3). */
    Effect and(Effect other) {
        Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
        regions.addAll(fixedRegions);
        regions.addAll(other.fixedRegions);
        return new Effect(contraindicated || other.contraindicated, Math.min(maxPressure, other.maxPressure),
                heat.and(other.heat), regions, entryRegions || other.entryRegions);
    }

    boolean isNoEffect() {
        return equals(NO_EFFECT);
    }

    /** The regions this cell avoids for one recorded condition. */
    Set<BodyRegion> regionsFor(ConditionEntry entry) {
        Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
        regions.addAll(fixedRegions);
        if (entryRegions) {
            regions.addAll(entry.regions());
        }
        return regions;
    }
}
