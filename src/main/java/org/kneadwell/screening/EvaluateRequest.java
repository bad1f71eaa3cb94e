package org.kneadwell.screening;

import java.util.List;

/**
 * The body of {@code POST /api/v1/screenings/evaluate} as JSON gives it (screening contract §4): codes as
 * strings and every field optional, so that {@link ScreeningRequestReader} can name each bad field itself
 * instead of Jackson failing on the first one.
 */
record EvaluateRequest(Integer ageYears, Integer painDurationWeeks, Integer painIntensity, List<String> painRegions,
        List<String> causes, List<String> treatmentRegions, List<String> redFlags, List<Condition> conditions,
        StartBack startBack) {

    record Condition(String code, List<String> regions, Integer weeks, Boolean highRisk, Boolean contagious) {
    }

    record StartBack(List<Boolean> agree, String bothersomeness) {
    }
}
