package org.kneadwell.therapist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Straight-line distance by the haversine formula, from stored coordinates only. */
class DistanceTest {

    @Test
    void londonToParisIsAbout344Km() {
        assertThat(Distance.km(51.5074, -0.1278, 48.8566, 2.3522)).isCloseTo(343.6, within(1.0));
    }

    @Test
    void aPointIsNoDistanceFromItself() {
        assertThat(Distance.km(51.5, -0.1, 51.5, -0.1)).isZero();
    }

    @Test
    void oneDegreeOfLatitudeIsAbout111Km() {
        assertThat(Distance.km(0, 0, 1, 0)).isCloseTo(111.2, within(0.1));
        assertThat(Distance.km(10, 20, 11, 20)).isEqualTo(Distance.km(11, 20, 10, 20));
    }

    @Test
    void antipodesAreHalfTheEarthApart() {
        assertThat(Distance.km(0, 0, 0, 180)).isCloseTo(20015.1, within(1.0));
    }
}
