package org.kneadwell.recommendation;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.kneadwell.shared.Technique;

/**
 * What the patient said they like. Preferences reorder what is safe; they never widen it.
 *
 * @param pressure LIGHT, MEDIUM, FIRM, or null when not stated
 * @param heat     LIKE, NEUTRAL, AVOID, or null when not stated (matters only for hot stone)
 */
public record Preferences(String pressure, String heat, Set<Technique> liked, Set<Technique> disliked) {

    private static final Set<String> PRESSURES = Set.of("LIGHT", "MEDIUM", "FIRM");
    private static final Set<String> HEATS = Set.of("LIKE", "NEUTRAL", "AVOID");

    public Preferences {
        if (pressure != null && !PRESSURES.contains(pressure)) {
            throw new IllegalArgumentException("Pressure preference is LIGHT, MEDIUM or FIRM, not " + pressure);
        }
        if (heat != null && !HEATS.contains(heat)) {
            throw new IllegalArgumentException("Heat preference is LIKE, NEUTRAL or AVOID, not " + heat);
        }
        liked = Set.copyOf(Objects.requireNonNull(liked, "liked"));
        disliked = Set.copyOf(Objects.requireNonNull(disliked, "disliked"));
        Set<Technique> both = liked.isEmpty() ? EnumSet.noneOf(Technique.class) : EnumSet.copyOf(liked);
        both.retainAll(disliked);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("A technique cannot be both liked and disliked: " + both);
        }
    }

    /** Nothing stated. */
    public static Preferences none() {
        return new Preferences(null, null, Set.of(), Set.of());
    }
}
