package org.kneadwell.screening.policy;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;

/**
 * One technique's verdict (screening contract §2.3). The constructor holds the contract's invariants: a
 * contraindicated technique reports pressure 0, heat {@code NONE} and no regions; a suitable one has no limit
 * at all; only hot stone has a heat limit; every verdict other than suitable lists its reasons.
 *
 * @param maxPressure   the Walton pressure cap 0–5 (5 means no cap) [S44]
 * @param avoidRegions  regions to leave alone, sorted alphabetically by code
 */
public record TechniqueVerdict(Technique technique, TechniqueStatus status, int maxPressure, Heat heat,
        SortedSet<BodyRegion> avoidRegions, boolean clearanceRequired, List<Reason> reasons) {

    public static final int NO_CAP = 5;

    /** Regions sort alphabetically by code (screening contract §4), not in body-map order. */
    public static final Comparator<BodyRegion> BY_CODE = Comparator.comparing(BodyRegion::name);

    public TechniqueVerdict {
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(heat, "heat");
        TreeSet<BodyRegion> sorted = new TreeSet<>(BY_CODE);
        sorted.addAll(avoidRegions);
        avoidRegions = Collections.unmodifiableSortedSet(sorted);
        reasons = List.copyOf(reasons);
        if (maxPressure < 0 || maxPressure > NO_CAP) {
            throw new IllegalArgumentException("Walton pressure is 0-5, not " + maxPressure);
        }
        if (status == TechniqueStatus.CONTRAINDICATED
                && (maxPressure != 0 || heat != Heat.NONE || !avoidRegions.isEmpty())) {
            throw new IllegalArgumentException("A contraindicated technique reports pressure 0, no heat, no regions");
        }
        if (status == TechniqueStatus.SUITABLE
                && (maxPressure != NO_CAP || heat != Heat.STANDARD || !avoidRegions.isEmpty())) {
            throw new IllegalArgumentException("A suitable technique has no limit at all");
        }
        if (status != TechniqueStatus.CONTRAINDICATED && technique != Technique.HOT_STONE && heat != Heat.STANDARD) {
            throw new IllegalArgumentException("Only hot stone has a heat limit");
        }
        if (status != TechniqueStatus.SUITABLE && reasons.isEmpty()) {
            throw new IllegalArgumentException(technique + " is " + status + " and must say why");
        }
    }
}
