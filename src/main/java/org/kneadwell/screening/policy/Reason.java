package org.kneadwell.screening.policy;

import java.util.List;
import java.util.Objects;

/**
 * Why a verdict or triage tier is what it is: the red-flag, condition or cause code, a short plain-language
 * explanation, and the source tags of clinical-reference §11 (or {@code CLINIC} for a clinic's own rule).
 */
public record Reason(String code, String text, List<String> sources) {

    /** The condition this reason is about, if its code is a condition's (not a red flag's or a cause's). */
    public java.util.Optional<ConditionCode> condition() {
        for (ConditionCode condition : ConditionCode.values()) {
            if (condition.name().equals(code)) {
                return java.util.Optional.of(condition);
            }
        }
        return java.util.Optional.empty();
    }

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
