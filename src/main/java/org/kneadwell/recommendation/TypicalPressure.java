package org.kneadwell.recommendation;

import java.util.List;

import org.kneadwell.shared.Technique;

/**
 * The Walton pressure levels each technique usually works at [S44]. Only Swedish (~3) is stated by the
 * reference (§5.3, §6.1); the others are inferences from the technique descriptions, and MFR is normally
 * graded on a different, depth-of-touch scale [S70].
 */
enum TypicalPressure {

    SWEDISH(3, 3, "S44", "typical Walton level 3, relaxation pressure"),
    DEEP_TISSUE(4, 5, "S44", "typical Walton level 4-5 (mapping is an inference)"),
    TRIGGER_POINT(4, 5, "S44", "sustained firm pressure, level 4-5 in robust clients (an inference)"),
    MYOFASCIAL_RELEASE(2, 3, "S70", "low-load sustained stretch, about level 2-3 (graded on a fascial depth scale; "
            + "Walton mapping is an inference)"),
    HOT_STONE(3, 3, "S65 S44", "Swedish strokes with heated stones, about level 3 (an inference)");

    final int low;
    final int high;
    final List<String> sources;
    final String clinical;

    TypicalPressure(int low, int high, String sources, String clinical) {
        this.low = low;
        this.high = high;
        this.sources = Cited.tags(sources);
        this.clinical = clinical;
    }

    static TypicalPressure of(Technique technique) {
        return valueOf(technique.name());
    }
}
