package org.kneadwell.screening.policy;

import java.util.Objects;

/**
 * A scored STarT Back questionnaire (screening contract §3) [S90][S91][S92].
 *
 * @param total        items 1–9, 0–9
 * @param psychosocial items 5–9 in Keele's numbering, 0–5
 * @param risk         {@code HIGH} if the subscale is 4 or more, else {@code MEDIUM} if the total is 4 or more
 */
public record StartBackScore(int total, int psychosocial, StartBackRisk risk) {

    public StartBackScore {
        if (total < 0 || total > 9) {
            throw new IllegalArgumentException("STarT Back total is 0-9, not " + total);
        }
        if (psychosocial < 0 || psychosocial > 5 || psychosocial > total) {
            throw new IllegalArgumentException("STarT Back psychosocial subscale is 0-5 and within the total");
        }
        Objects.requireNonNull(risk, "risk");
    }

    /** Scores a total and subscale by Keele's cut-offs. */
    public static StartBackScore of(int total, int psychosocial) {
        StartBackRisk risk = psychosocial >= 4 ? StartBackRisk.HIGH
                : total >= 4 ? StartBackRisk.MEDIUM : StartBackRisk.LOW;
        return new StartBackScore(total, psychosocial, risk);
    }
}
