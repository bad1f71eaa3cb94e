package org.kneadwell.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RegionWordsTest {

    private final RegionWords words = new RegionWords();

    @Test
    void bothSidesOfARegionAreNamedAsAPair() {
        assertThat(RegionWords.describe(EnumSet.of(BodyRegion.FOOT_LEFT, BodyRegion.FOOT_RIGHT))).isEqualTo("both feet");
    }

    @Test
    void aWholeGroupIsNamedOnceAndTheRestByTheirOwnWords() {
        Set<BodyRegion> regions = EnumSet.copyOf(BodyRegion.BACK);
        regions.add(BodyRegion.ABDOMEN);
        regions.add(BodyRegion.CALF_LEFT);
        assertThat(words.of(regions)).isEqualTo("The whole back; belly (abdomen); calf, left side");
    }

    @Test
    void noRegionsSayNothing() {
        assertThat(words.of(Set.of())).isEmpty();
    }
}
