package org.kneadwell.clearance;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import org.kneadwell.screening.policy.Heat;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.screening.policy.TechniqueVerdict;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;

/**
 * What may be done with one technique today. A technique that is not allowed still reports its status and limits
 * honestly (a suitable technique awaiting clearance is {@code SUITABLE} and not allowed), so staff see what the
 * screen says; a contraindicated one reports pressure 0, heat {@code NONE} and no regions, as the screen does.
 *
 * @param maxPressure  the Walton cap 0–5 (5 means no cap) [S44]
 * @param avoidRegions regions to leave alone, sorted by code
 * @param limits       every limit with where it came from; a technique not allowed always says why
 */
public record EffectiveVerdict(Technique technique, boolean allowed, TechniqueStatus status, int maxPressure,
        Heat heat, SortedSet<BodyRegion> avoidRegions, List<Limit> limits) {

    public EffectiveVerdict {
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(heat, "heat");
        TreeSet<BodyRegion> sorted = new TreeSet<>(TechniqueVerdict.BY_CODE);
        sorted.addAll(avoidRegions);
        avoidRegions = Collections.unmodifiableSortedSet(sorted);
        limits = List.copyOf(limits);
        if (maxPressure < 0 || maxPressure > TechniqueVerdict.NO_CAP) {
            throw new IllegalArgumentException("Walton pressure is 0-5, not " + maxPressure);
        }
        boolean contraindicated = status == TechniqueStatus.CONTRAINDICATED;
        if (contraindicated && (allowed || maxPressure != 0 || heat != Heat.NONE || !avoidRegions.isEmpty())) {
            throw new IllegalArgumentException(technique + " is contraindicated: not allowed, pressure 0, no heat, "
                    + "no regions");
        }
        if (status == TechniqueStatus.SUITABLE && (maxPressure != TechniqueVerdict.NO_CAP || heat != Heat.STANDARD
                || !avoidRegions.isEmpty() || (allowed && !limits.isEmpty()))) {
            throw new IllegalArgumentException(technique + " is suitable, so it has no limit at all");
        }
        if (!contraindicated && technique != Technique.HOT_STONE && heat == Heat.WARM_ONLY) {
            throw new IllegalArgumentException("Only hot stone is limited to warm: other techniques have heat or none");
        }
        if (!contraindicated && technique == Technique.HOT_STONE && heat == Heat.NONE) {
            throw new IllegalArgumentException("Hot stone without heat is contraindicated");
        }
        if (!allowed && limits.isEmpty()) {
            throw new IllegalArgumentException(technique + " is not allowed and must say why");
        }
    }

    /** Whether any limit came from the given source. */
    public boolean hasLimitFrom(LimitSource source) {
        return limits.stream().anyMatch(limit -> limit.source() == source);
    }
}
