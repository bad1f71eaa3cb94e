package org.kneadwell.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Change from baseline and the MCIDs of clinical reference §7.1 (points or 30 %, both computed, §7.3). */
class ChangeTest {

    private static final Instant T0 = Instant.parse("2026-09-01T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-01T09:00:00Z");

    private static Change change(String instrument, String baseline, String latest) {
        return Change.between(Instruments.definition(instrument), new BigDecimal(baseline), T0, new BigDecimal(latest), T1);
    }

    @Test
    void painDownThreeFromSevenIsFortyThreePercentAndClinicallyImportant() {
        Change pain = change("NPRS", "7", "4");
        assertThat(pain.change()).isEqualByComparingTo("-3");
        assertThat(pain.changePercent()).isEqualByComparingTo("-42.9");
        assertThat(pain.mcidReached()).isTrue();
        assertThat(pain.improved()).isTrue();
    }

    @Test
    void painDownOneFromThreeReachesTheMcidByThirtyPercentNotByPoints() {
        Change pain = change("NPRS", "3", "2");
        assertThat(pain.changePercent()).isEqualByComparingTo("-33.3");
        assertThat(pain.mcidReached()).isTrue();
        assertThat(change("NPRS", "8", "7").mcidReached()).isFalse();
    }

    @Test
    void rmdqNeedsFivePointsOrThirtyPercent() {
        assertThat(change("RMDQ", "16", "12").mcidReached()).isFalse();
        assertThat(change("RMDQ", "16", "11").mcidReached()).isTrue();
        assertThat(change("RMDQ", "10", "7").mcidReached()).isTrue();
    }

    @Test
    void odiNeedsTenPointsOrThirtyPercent() {
        assertThat(change("ODI", "44", "36").mcidReached()).isFalse();
        assertThat(change("ODI", "44", "34").mcidReached()).isTrue();
    }

    @Test
    void pegNeedsOnePointAndHasNoPercentage() {
        assertThat(change("PEG", "6.6667", "5.6667").mcidReached()).isTrue();
        assertThat(change("PEG", "2", "1.3333").mcidReached()).isFalse();
    }

    @Test
    void psfsImprovesUpwards() {
        Change psfs = change("PSFS", "3", "5");
        assertThat(psfs.mcidReached()).isTrue();
        assertThat(psfs.improved()).isTrue();
        assertThat(change("PSFS", "5", "3").worsenedByMcid()).isTrue();
    }

    @Test
    void aWorseningCountsWhenItReachesTheMcidPoints() {
        assertThat(change("NPRS", "4", "6").worsenedByMcid()).isTrue();
        assertThat(change("NPRS", "2", "3").worsenedByMcid()).isFalse();
        assertThat(change("RMDQ", "8", "13").worsenedByMcid()).isTrue();
    }

    @Test
    void aZeroBaselineHasNoPercentage() {
        Change pain = change("NPRS", "0", "3");
        assertThat(pain.changePercent()).isNull();
        assertThat(pain.worsenedByMcid()).isTrue();
    }

    @Test
    void instrumentsWithoutAnMcidNeverReachOne() {
        assertThat(change("PSS10", "30", "10").mcidReached()).isFalse();
        assertThat(change("STRESS", "9", "1").mcidReached()).isFalse();
    }
}
