package org.kneadwell.recommendation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.kneadwell.shared.Technique;

/**
 * An allowed technique in its place. The score is the sum of the factors' contributions, so staff can see
 * exactly why one technique outranks another.
 *
 * @param rank   1 for the best
 * @param limits the safety limits on it today, repeated from effective safety
 */
public record RankedTechnique(Technique technique, int rank, double score, List<Factor> factors, List<String> limits) {

    public RankedTechnique {
        Objects.requireNonNull(technique, "technique");
        factors = List.copyOf(factors);
        limits = List.copyOf(limits);
        if (rank < 1) {
            throw new IllegalArgumentException("Ranks start at 1, not " + rank);
        }
        if (factors.isEmpty()) {
            throw new IllegalArgumentException(technique + " must explain its score");
        }
    }

    /** The factor of one kind, if this technique has it. */
    public Optional<Factor> factor(String kind) {
        return factors.stream().filter(factor -> factor.kind().equals(kind)).findFirst();
    }
}
