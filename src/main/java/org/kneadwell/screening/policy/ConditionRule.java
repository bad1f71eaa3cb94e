package org.kneadwell.screening.policy;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.kneadwell.shared.Technique;

/**
 * One row of the condition table (screening contract §2.2): for a recorded condition, what happens to each
 * of the five techniques, whether a clinician must clear treatment, and the source tags the row rests on.
 *
 * @param when       which entries of the condition the row applies to ({@code null}: every entry)
 * @param whenText   the row's qualifier as the contract writes it ("weeks < 13", "contagious"), or empty
 * @param effects    one cell per technique, in {@link Technique} order
 * @param refer      an all-CI row that sends the patient to their doctor
 * @param text       the plain-language reason a person sees
 */
record ConditionRule(ConditionCode code, Predicate<ConditionEntry> when, String whenText, List<Effect> effects,
        Clearance clearance, boolean refer, List<String> sources, String text) {

    ConditionRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(clearance, "clearance");
        effects = List.copyOf(effects);
        sources = List.copyOf(sources);
        if (effects.size() != Technique.values().length) {
            throw new IllegalArgumentException(code + ": one cell per technique");
        }
        for (Technique technique : Technique.values()) {
            Effect effect = effects.get(technique.ordinal());
            if (technique != Technique.HOT_STONE && !effect.contraindicated() && effect.heat() != Heat.STANDARD) {
                throw new IllegalArgumentException(code + ": only hot stone has a heat limit");
            }
        }
        if (sources.isEmpty() || text.isBlank()) {
            throw new IllegalArgumentException(code + ": a row names its sources and says why");
        }
    }

    /** Whether the row applies to every entry of its condition (what a clinic rule is compared against). */
    boolean isBaseRow() {
        return when == null;
    }

    boolean appliesTo(ConditionEntry entry) {
        return entry.code() == code && (when == null || when.test(entry));
    }

    Effect effectOn(Technique technique) {
        return effects.get(technique.ordinal());
    }

    Reason reason() {
        return new Reason(code.name(), text, sources);
    }
}
