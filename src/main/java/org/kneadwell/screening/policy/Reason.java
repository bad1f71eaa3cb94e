package org.kneadwell.screening.policy;

import java.util.List;
import java.util.Objects;

/**
 * Why a verdict or triage tier is what it is: the red-flag, condition or cause code, a short plain-language
 * explanation, and the source tags of clinical-reference §11 (or {@code CLINIC} for a clinic's own rule).
 */
public record Reason(String code, String text, List<String> sources) {

    public Reason {
        if (code == null || code.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("A reason needs a code and a text");
        }
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("A reason names its sources: " + code);
        }
    }
}
