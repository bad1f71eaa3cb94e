package org.kneadwell.recommendation;

import java.util.Objects;

import org.kneadwell.shared.Technique;

/** A technique effective safety forbids today, with why, in both voices. It is never ranked. */
public record ExcludedTechnique(Technique technique, String clinicalText, String plainText) {

    public ExcludedTechnique {
        Objects.requireNonNull(technique, "technique");
        if (clinicalText == null || clinicalText.isBlank() || plainText == null || plainText.isBlank()) {
            throw new IllegalArgumentException(technique + ": say why it is left out, in both voices");
        }
    }
}
