package org.kneadwell.recommendation;

import java.util.Objects;

import org.kneadwell.shared.Technique;

/**
 * A reaction the patient had after a session of {@code technique} (from the 48-hour follow-up or told to staff).
 *
 * @param serious moderate or severe: it limited or stopped the patient's daily activities
 */
public record SessionReaction(Technique technique, boolean serious) {

    public SessionReaction {
        Objects.requireNonNull(technique, "technique");
    }
}
