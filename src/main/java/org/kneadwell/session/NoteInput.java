package org.kneadwell.session;

import java.util.List;

/**
 * A session note as typed (a page's form or the API's JSON), before it is read: numbers arrive as text so that
 * a wrong one is named by its field rather than failing the whole request. See {@link NoteReader}.
 *
 * @param attendance {@code ATTENDED} (the default), {@code LATE} or {@code NO_SHOW}
 */
public record NoteInput(String attendance, String painBefore, List<String> painRegions, String subjective,
        ObjectiveInput objective, String assessment, String plan, List<TreatmentInput> treatments, String painAfter,
        String patientWords) {

    /** Palpation per region and the optional range-of-motion tests (cm). */
    public record ObjectiveInput(List<PalpationInput> palpation, String schoberCm, String fingertipToFloorCm) {
    }

    /** One region's palpation: tension 0–3 and whether trigger points were found. */
    public record PalpationInput(String region, String tension, Boolean triggerPoints) {
    }

    /** One treatment row as typed. */
    public record TreatmentInput(String technique, List<String> regions, String pressure, String minutes,
            String stoneTemperatureC, String overrideReason) {

        /** Whether nothing was typed in the row (an empty row of a form is ignored). */
        public boolean blank() {
            return empty(technique) && (regions == null || regions.isEmpty()) && empty(pressure) && empty(minutes)
                    && empty(stoneTemperatureC) && empty(overrideReason);
        }
    }

    static boolean empty(String value) {
        return value == null || value.isBlank();
    }
}
