package org.kneadwell.screening;

import java.util.List;

/**
 * The body of {@code POST /api/v1/screenings/evaluate} as JSON gives it (screening contract §4): codes as
 * strings and every field optional, so that {@link ScreeningRequestReader} can name each bad field itself
 * instead of Jackson failing on the first one. Numbers are {@link Number}s so that 7.9 is refused rather than
 * silently truncated to 7 (which would matter at the RF17 threshold of 8).
 */
public record EvaluateRequest(Number ageYears, Number painDurationWeeks, Number painIntensity, List<String> painRegions,
        List<String> causes, List<String> treatmentRegions, List<String> redFlags, List<Condition> conditions,
        StartBack startBack) {

    public record Condition(String code, List<String> regions, Number weeks, Boolean highRisk, Boolean contagious) {
    }

    public record StartBack(List<Boolean> agree, String bothersomeness) {
    }
}
