package org.kneadwell.recommendation;

import java.util.List;

/** Advice that holds for every technique, in both voices, with the sources its clinical text names. */
public record Explanation(String clinicalText, String plainText, List<String> sources) {

    public Explanation {
        sources = Cited.check(clinicalText, plainText, sources);
    }
}
