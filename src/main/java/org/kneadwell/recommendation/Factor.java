package org.kneadwell.recommendation;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One reason a technique sits where it does, in both voices (ui.md "Two voices"): plain words for the patient,
 * clinical words with source tags for staff. The contributions of a technique's factors add up to its score.
 *
 * @param kind one of GOALS, PREFERENCE, EVIDENCE, STRATUM, HISTORY, SAFETY_LIMIT
 */
public record Factor(String kind, double contribution, String clinicalText, String plainText, List<String> sources) {

    public static final String GOALS = "GOALS";
    public static final String PREFERENCE = "PREFERENCE";
    public static final String EVIDENCE = "EVIDENCE";
    public static final String STRATUM = "STRATUM";
    public static final String HISTORY = "HISTORY";
    public static final String SAFETY_LIMIT = "SAFETY_LIMIT";

    private static final Set<String> KINDS = Set.of(GOALS, PREFERENCE, EVIDENCE, STRATUM, HISTORY, SAFETY_LIMIT);

    public Factor {
        if (!KINDS.contains(Objects.requireNonNull(kind, "kind"))) {
            throw new IllegalArgumentException("Unknown factor kind " + kind);
        }
        if (!Double.isFinite(contribution)) {
            throw new IllegalArgumentException("A contribution is a number, not " + contribution);
        }
        sources = Cited.check(clinicalText, plainText, sources);
    }
}
