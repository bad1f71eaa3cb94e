package org.kneadwell.recommendation;

import java.util.List;

/**
 * The ranking for one patient today.
 *
 * @param ranked        allowed techniques, best first
 * @param excluded      techniques effective safety forbids, with why
 * @param packageAdvice advice for the whole plan; always says massage works best alongside exercise [S12]
 */
public record Recommendation(List<RankedTechnique> ranked, List<ExcludedTechnique> excluded,
        List<Explanation> packageAdvice) {

    public Recommendation {
        ranked = List.copyOf(ranked);
        excluded = List.copyOf(excluded);
        packageAdvice = List.copyOf(packageAdvice);
        if (packageAdvice.isEmpty()) {
            throw new IllegalArgumentException("Every ranking says that massage works best alongside exercise");
        }
    }
}
