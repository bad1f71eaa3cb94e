package org.kneadwell.screening;

import java.util.Locale;
import java.util.Optional;

/** The intake, one page at a time; each step is saved to the draft before the next one opens. */
public enum IntakeStep {
    PAIN, BODY_MAP, CAUSES, RED_FLAGS, CONDITIONS, GOALS, START_BACK, CONSENT;

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<IntakeStep> fromSlug(String slug) {
        for (IntakeStep step : values()) {
            if (step.slug().equals(slug)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    public Optional<IntakeStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<IntakeStep> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    public int number() {
        return ordinal() + 1;
    }
}
