package org.kneadwell.recommendation;

import java.util.List;
import java.util.Objects;

import org.kneadwell.screening.policy.Heat;
import org.kneadwell.shared.Technique;

/**
 * What effective safety allows today for one technique. The recommender never loosens this: it ranks only
 * allowed options and repeats their limits word for word, so a ranking cannot contradict the safety answer.
 *
 * @param maxPressure the Walton pressure cap 0–5, 5 meaning no cap [S44]
 * @param limits      plain-text limit descriptions with where they came from, e.g. "pressure at most level 2
 *                    (clearance by Dr Shah until 3 Mar)"; a forbidden option must name at least one
 */
public record TechniqueOption(Technique technique, boolean allowed, int maxPressure, Heat heat, List<String> limits) {

    public static final int NO_CAP = 5;

    public TechniqueOption {
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(heat, "heat");
        limits = List.copyOf(limits);
        if (maxPressure < 0 || maxPressure > NO_CAP) {
            throw new IllegalArgumentException("Walton pressure is 0-5, not " + maxPressure);
        }
        if (limits.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(technique + ": a limit must say something");
        }
        if (!allowed && limits.isEmpty()) {
            throw new IllegalArgumentException(technique + " is not allowed and must say why");
        }
        if (allowed && technique == Technique.HOT_STONE && heat == Heat.NONE) {
            throw new IllegalArgumentException("Hot stone without heat is not hot stone: mark it not allowed");
        }
    }

    /** No limit at all: allowed, no pressure cap, standard heat. */
    public static TechniqueOption unrestricted(Technique technique) {
        return new TechniqueOption(technique, true, NO_CAP, Heat.STANDARD, List.of());
    }

    /** Forbidden today, with the reasons to show. */
    public static TechniqueOption forbidden(Technique technique, String... why) {
        return new TechniqueOption(technique, false, 0, Heat.NONE, List.of(why));
    }

    /** Whether anything narrows this option. */
    public boolean restricted() {
        return !limits.isEmpty();
    }
}
