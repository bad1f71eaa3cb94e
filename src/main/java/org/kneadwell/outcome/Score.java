package org.kneadwell.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A computed score, kept unrounded (to 4 decimal places; PEG §7.3 [S78]) and shown rounded to the instrument's
 * decimals. STarT Back also has its psychosocial subscale and risk group [S91][S92].
 */
public record Score(BigDecimal value, Integer subscale, String riskGroup) {

    public static final int STORED_SCALE = 4;

    public Score {
        value = value.setScale(STORED_SCALE, RoundingMode.HALF_UP);
    }

    static Score of(BigDecimal value) {
        return new Score(value, null, null);
    }

    /** The score as shown: rounded half up to {@code decimals}. */
    public String display(int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
