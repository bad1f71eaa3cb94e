package org.kneadwell.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import org.kneadwell.outcome.Instrument.Direction;
import org.kneadwell.outcome.Instrument.Mcid;

/**
 * Change from baseline for one instrument, as points and percent, and whether it reaches the MCID: an
 * improvement of at least the MCID's points, or of its percentage of the baseline where one is defined (NRS 2 or
 * 30 %, RMDQ 5 or 30 %, ODI 10 or 30 %, PEG 1.0, PSFS 2; clinical reference §7.1 and §7.3 [S72][S75][S78][S88]).
 * A worsening counts as clinically important when it reaches the MCID's points (the percentages are defined for
 * improvement).
 */
public record Change(String instrument, BigDecimal baseline, BigDecimal latest, BigDecimal change,
        BigDecimal changePercent, boolean mcidReached, boolean worsenedByMcid, Direction direction, Instant baselineAt,
        Instant latestAt) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Change between(Instrument instrument, BigDecimal baseline, Instant baselineAt, BigDecimal latest,
            Instant latestAt) {
        BigDecimal change = latest.subtract(baseline);
        BigDecimal percent = baseline.signum() == 0 ? null
                : change.multiply(HUNDRED).divide(baseline.abs(), 1, RoundingMode.HALF_UP);
        BigDecimal improvement = instrument.higherIsWorse() ? change.negate() : change;
        boolean reached = false;
        boolean worsened = false;
        Mcid mcid = instrument.mcid();
        if (mcid != null) {
            reached = improvement.compareTo(mcid.points()) >= 0 || (mcid.percent() != null && baseline.signum() != 0
                    && improvement.multiply(HUNDRED).compareTo(mcid.percent().multiply(baseline.abs())) >= 0);
            worsened = improvement.negate().compareTo(mcid.points()) >= 0;
        }
        return new Change(instrument.id(), baseline, latest, change, percent, reached, worsened,
                instrument.direction(), baselineAt, latestAt);
    }

    /** Better than the baseline at all (in the instrument's direction). */
    public boolean improved() {
        return direction == Direction.HIGHER_IS_WORSE ? change.signum() < 0 : change.signum() > 0;
    }

    public boolean worsened() {
        return direction == Direction.HIGHER_IS_WORSE ? change.signum() > 0 : change.signum() < 0;
    }
}
