package org.kneadwell.recommendation;

import java.util.Objects;

import org.kneadwell.shared.Technique;

/**
 * One past session's pain before and after, on the 0–10 numeric rating scale (NPRS) [S72].
 */
public record SessionOutcome(Technique technique, int painBefore, int painAfter) {

    public SessionOutcome {
        Objects.requireNonNull(technique, "technique");
        if (painBefore < 0 || painBefore > 10 || painAfter < 0 || painAfter > 10) {
            throw new IllegalArgumentException("Pain is scored 0-10, not " + painBefore + " -> " + painAfter);
        }
    }

    /** Points of pain this session took away (negative when pain rose). */
    public int drop() {
        return painBefore - painAfter;
    }
}
