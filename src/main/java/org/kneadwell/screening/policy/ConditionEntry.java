package org.kneadwell.screening.policy;

import java.util.Objects;
import java.util.Set;

import org.kneadwell.shared.BodyRegion;

/**
 * One condition recorded at intake. The constructor refuses fields the condition does not take and fills in
 * default regions. Any condition may carry regions; the policy acts on them only where the condition's row names
 * regions (the table's {@code L} cells), so a DVT's recorded calf is kept and shown but changes no verdict.
 *
 * @param code       the condition
 * @param regions    where it is (expanded region codes); required, optional, defaulted or only noted per
 *                   {@link ConditionCode.Regions}
 * @param weeks      weeks of pregnancy, 0–45; required for {@code PREGNANCY}, else {@code null}
 * @param highRisk   a high-risk pregnancy (pre-eclampsia, bleeding, pre-term labour history)
 * @param contagious a contagious skin lesion
 */
public record ConditionEntry(ConditionCode code, Set<BodyRegion> regions, Integer weeks, boolean highRisk,
        boolean contagious) {

    public static final int MAX_PREGNANCY_WEEKS = 45;

    public ConditionEntry {
        Objects.requireNonNull(code, "code");
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        if (code.requiresRegions() && regions.isEmpty()) {
            throw new IllegalArgumentException(code + " needs at least one region");
        }
        if (regions.isEmpty() && !code.defaultRegions().isEmpty()) {
            regions = code.defaultRegions();
        }
        if (code.takesWeeks() != (weeks != null)) {
            throw new IllegalArgumentException(code.takesWeeks() ? code + " needs weeks" : code + " takes no weeks");
        }
        if (weeks != null && (weeks < 0 || weeks > MAX_PREGNANCY_WEEKS)) {
            throw new IllegalArgumentException("weeks of pregnancy are 0-45, not " + weeks);
        }
        if (highRisk && !code.takesHighRisk()) {
            throw new IllegalArgumentException(code + " cannot be high-risk");
        }
        if (contagious && !code.takesContagious()) {
            throw new IllegalArgumentException(code + " cannot be contagious");
        }
    }

    /** A condition with no extra fields (or its default regions). */
    public static ConditionEntry of(ConditionCode code) {
        return new ConditionEntry(code, Set.of(), null, false, false);
    }

    /** A condition at the given regions. */
    public static ConditionEntry at(ConditionCode code, BodyRegion... regions) {
        return new ConditionEntry(code, Set.of(regions), null, false, false);
    }

    /** A pregnancy of the given weeks. */
    public static ConditionEntry pregnancy(int weeks, boolean highRisk) {
        return new ConditionEntry(ConditionCode.PREGNANCY, Set.of(), weeks, highRisk, false);
    }

    /** Whether this is a pregnancy in its first trimester (under 13 weeks). */
    public boolean firstTrimester() {
        return weeks != null && weeks < 13;
    }
}
