package org.kneadwell.session;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;

/**
 * One treatment given in a session: a technique on some regions at a Walton pressure level 0–5, for some minutes,
 * and for hot stone the stone temperature. A row that goes beyond a limit of effective safety (a pressure cap, an
 * avoided region, more heat) carries the therapist's reason and what it went beyond; a row without such limits
 * carries neither.
 *
 * @param overridden what the row goes beyond, in words, as checked when it was saved; empty if nothing
 */
public record TreatmentRow(Technique technique, Set<BodyRegion> regions, int pressure, int minutes,
        BigDecimal stoneTemperatureC, String overrideReason, List<String> overridden) {

    public static final int MAX_PRESSURE = 5;

    public TreatmentRow {
        Objects.requireNonNull(technique, "technique");
        if (regions == null || regions.isEmpty()) {
            throw new IllegalArgumentException("A treatment names at least one region");
        }
        regions = Collections.unmodifiableSet(EnumSet.copyOf(regions));
        if (pressure < 0 || pressure > MAX_PRESSURE) {
            throw new IllegalArgumentException("Walton pressure is 0-5, not " + pressure);
        }
        if (minutes <= 0) {
            throw new IllegalArgumentException("A treatment lasts at least a minute");
        }
        if ((technique == Technique.HOT_STONE) != (stoneTemperatureC != null)) {
            throw new IllegalArgumentException("Hot stone, and only hot stone, has a stone temperature");
        }
        overrideReason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        overridden = overridden == null ? List.of() : List.copyOf(overridden);
        if (!overridden.isEmpty() && overrideReason == null) {
            throw new IllegalArgumentException("Going beyond a limit needs the therapist's reason");
        }
    }

    /** Whether the row goes beyond a limit of the day (with a reason). */
    public boolean isOverride() {
        return !overridden.isEmpty();
    }
}
