package org.kneadwell.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the techniques effective safety allows, best first, and says why in both voices. Pure Java and
 * stateless, so any caller can use it and the same input always gives the same ranking: scores are rounded to
 * hundredths and ties fall back to the order of {@link org.kneadwell.shared.Technique}.
 */
public final class Recommender {

    /** Ranks one patient's options; nothing forbidden is ranked, and every factor explains itself. */
    public Recommendation rank(RecommendationInput input) {
        HistoryFactor history = new HistoryFactor(input.history(), input.reactions());
        List<Scored> scored = new ArrayList<>();
        List<ExcludedTechnique> excluded = new ArrayList<>();
        input.options().stream().sorted(Comparator.comparing(TechniqueOption::technique)).forEach(option -> {
            if (!option.allowed()) {
                excluded.add(exclude(option));
                return;
            }
            List<Factor> factors = new ArrayList<>();
            factors.add(GoalsFactor.of(option.technique(), input.goals()));
            factors.add(PreferenceFactor.of(option, input.preferences()));
            factors.add(EvidenceStrength.of(option.technique()).factor());
            factors.add(StratumFactor.of(option.technique(), input.startBackRisk()));
            factors.add(history.of(option.technique()));
            SafetyFactor.of(option).ifPresent(factors::add);
            double score = Math.round(factors.stream().mapToDouble(Factor::contribution).sum() * 100) / 100.0;
            scored.add(new Scored(option, score, factors));
        });
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(entry -> entry.option().technique()));
        List<RankedTechnique> ranked = new ArrayList<>();
        for (Scored entry : scored) {
            ranked.add(new RankedTechnique(entry.option().technique(), ranked.size() + 1, entry.score(),
                    entry.factors(), entry.option().limits()));
        }
        return new Recommendation(ranked, excluded, PackageAdvice.of(input.startBackRisk()));
    }

    private static ExcludedTechnique exclude(TechniqueOption option) {
        String why = String.join("; ", option.limits());
        return new ExcludedTechnique(option.technique(), "Excluded by effective safety: " + why,
                Words.capitalised(option.technique()) + " is not safe for you at the moment: " + why
                        + ". Your therapist can explain.");
    }

    private record Scored(TechniqueOption option, double score, List<Factor> factors) {
    }
}
