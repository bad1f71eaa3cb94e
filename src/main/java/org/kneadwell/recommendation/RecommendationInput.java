package org.kneadwell.recommendation;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.kneadwell.screening.policy.StartBackRisk;
import org.kneadwell.shared.Goal;
import org.kneadwell.shared.Technique;

/**
 * Everything the recommender weighs. It owns its own input types, so the clearance module adapts to it rather
 * than the recommender reaching into clearance.
 *
 * @param options       one per technique, all five, as effective safety answers them today
 * @param startBackRisk null until the patient has answered STarT Back [S90]
 * @param history       past sessions' pre/post pain, empty until sessions exist
 * @param reactions     reactions reported after past sessions (adverse events), empty when there were none
 */
public record RecommendationInput(List<TechniqueOption> options, Set<Goal> goals, Preferences preferences,
        StartBackRisk startBackRisk, List<SessionOutcome> history, List<SessionReaction> reactions) {

    /** Without reactions after sessions. */
    public RecommendationInput(List<TechniqueOption> options, Set<Goal> goals, Preferences preferences,
            StartBackRisk startBackRisk, List<SessionOutcome> history) {
        this(options, goals, preferences, startBackRisk, history, List.of());
    }

    public RecommendationInput {
        options = List.copyOf(options);
        goals = Set.copyOf(goals);
        Objects.requireNonNull(preferences, "preferences");
        history = List.copyOf(history);
        reactions = List.copyOf(reactions);
        Set<Technique> seen = EnumSet.noneOf(Technique.class);
        for (TechniqueOption option : options) {
            if (!seen.add(option.technique())) {
                throw new IllegalArgumentException("Two options for " + option.technique());
            }
        }
        if (seen.size() != Technique.values().length) {
            throw new IllegalArgumentException("Need an option for each of the five techniques, got " + seen);
        }
    }
}
