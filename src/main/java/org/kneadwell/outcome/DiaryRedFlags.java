package org.kneadwell.outcome;

import java.util.List;

/**
 * The short red-flag re-check a diary entry may report: RF1–RF5, RF7 and RF8 of the screening contract (the cauda
 * equina symptoms, both legs or worsening weakness, and fever or feeling unwell). Reporting one asks for the
 * re-screen of {@code screening}; until that call is wired, the care team is alerted at once.
 */
public final class DiaryRedFlags {

    public static final List<String> CODES = List.of("RF1", "RF2", "RF3", "RF4", "RF5", "RF7", "RF8");

    private DiaryRedFlags() {
    }
}
