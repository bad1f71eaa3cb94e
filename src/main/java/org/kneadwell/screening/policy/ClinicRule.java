package org.kneadwell.screening.policy;

import java.util.Locale;
import java.util.Objects;

import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;

/**
 * A clinic's own rule that makes the reference policy stricter, never looser (screening contract §2.4). It
 * applies only when its condition is recorded, and its reasons carry the source tag {@code CLINIC}.
 * {@link ScreeningPolicy#tightenedBy} refuses a rule that would loosen the reference or change nothing.
 */
public sealed interface ClinicRule {

    ConditionCode condition();

    /** The rule as one plain sentence, shown as the reason wherever it applies. */
    String describe();

    /** Cap one technique's Walton pressure for a condition, below what the reference allows. */
    record PressureCap(ConditionCode condition, Technique technique, int maxPressure) implements ClinicRule {
        public PressureCap {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(technique, "technique");
            if (maxPressure < 0 || maxPressure > TechniqueVerdict.NO_CAP) {
                throw new IllegalArgumentException("Walton pressure is 0-5, not " + maxPressure);
            }
        }

        @Override
        public String describe() {
            return "Clinic rule: with " + words(condition) + ", " + words(technique) + " pressure is capped at level "
                    + maxPressure + ".";
        }
    }

    /** Avoid a region for a condition, with one technique or ({@code technique} null) with all of them. */
    record AvoidRegion(ConditionCode condition, Technique technique, BodyRegion region) implements ClinicRule {
        public AvoidRegion {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(region, "region");
        }

        public boolean appliesTo(Technique candidate) {
            return technique == null || technique == candidate;
        }

        @Override
        public String describe() {
            return "Clinic rule: with " + words(condition) + ", avoid the " + words(region)
                    + (technique == null ? "" : " in " + words(technique)) + ".";
        }
    }

    /** Require a clinician's clearance before treatment whenever the condition is recorded. */
    record RequireClearance(ConditionCode condition) implements ClinicRule {
        public RequireClearance {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public String describe() {
            return "Clinic rule: with " + words(condition) + ", a clinician must clear treatment first.";
        }
    }

    private static String words(Enum<?> code) {
        return code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
