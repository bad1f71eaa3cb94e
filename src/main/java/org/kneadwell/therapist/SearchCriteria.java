package org.kneadwell.therapist;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.kneadwell.shared.Technique;

/**
 * What a directory search asks for. A therapist must offer at least one of {@code techniques} (none given:
 * any); {@code language} (a BCP 47 tag) and the distance are optional; {@code withinKm} needs a point to
 * measure from; {@code day} decides whether a credential is valid.
 */
public record SearchCriteria(Set<Technique> techniques, String language, Double nearLatitude, Double nearLongitude,
        Double withinKm, boolean bookableOnly, LocalDate day) {

    public SearchCriteria {
        techniques = techniques == null ? Set.of() : Set.copyOf(techniques);
        language = language == null || language.isBlank() ? null : language.strip();
        Objects.requireNonNull(day, "day");
        if ((nearLatitude == null) != (nearLongitude == null)) {
            throw new IllegalArgumentException("A point has both a latitude and a longitude");
        }
    }

    boolean hasPoint() {
        return nearLatitude != null;
    }
}
