package org.kneadwell.recommendation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kneadwell.screening.policy.StartBackRisk;
import org.kneadwell.shared.Goal;
import org.kneadwell.shared.Technique;

/** A named builder for recommendation input: everything allowed, no goals, no preferences, no sessions. */
final class APatient {

    private final Map<Technique, TechniqueOption> options = new EnumMap<>(Technique.class);
    private Set<Goal> goals = Set.of();
    private Preferences preferences = Preferences.none();
    private StartBackRisk risk;
    private final List<SessionOutcome> history = new ArrayList<>();

    private APatient() {
        for (Technique technique : Technique.values()) {
            options.put(technique, TechniqueOption.unrestricted(technique));
        }
    }

    static APatient withNothingStated() {
        return new APatient();
    }

    APatient wanting(Goal... wanted) {
        goals = Set.of(wanted);
        return this;
    }

    APatient preferring(Preferences stated) {
        preferences = stated;
        return this;
    }

    APatient atStartBackRisk(StartBackRisk stratum) {
        risk = stratum;
        return this;
    }

    APatient safetyToday(TechniqueOption option) {
        options.put(option.technique(), option);
        return this;
    }

    APatient afterSession(Technique technique, int painBefore, int painAfter) {
        history.add(new SessionOutcome(technique, painBefore, painAfter));
        return this;
    }

    RecommendationInput input() {
        return new RecommendationInput(List.copyOf(options.values()), goals, preferences, risk, history);
    }

    Recommendation ranked() {
        return new Recommender().rank(input());
    }

    static List<Technique> order(Recommendation recommendation) {
        return recommendation.ranked().stream().map(RankedTechnique::technique).toList();
    }

    static RankedTechnique entry(Recommendation recommendation, Technique technique) {
        return recommendation.ranked().stream().filter(r -> r.technique() == technique).findFirst().orElseThrow();
    }
}
