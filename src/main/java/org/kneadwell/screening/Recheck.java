package org.kneadwell.screening;

import java.util.List;

/**
 * The short re-check a patient answers before a session (the pre-session check-in) or, later, in the pain diary:
 * current pain, the red-flag questions of {@link Rechecks#RED_FLAGS} answered "yes", and anything new since the last
 * screen. Codes are strings, as JSON gives them, so {@link Rechecks} can name each bad field itself.
 *
 * @param painNow       pain right now, 0–10 (required)
 * @param redFlags      the re-check's red-flag codes answered "yes" (absent or empty: "no" to all)
 * @param newConditions conditions that are new since the last screen, with their extra answers
 * @param newMedicines  medicine groups started since the last screen ({@link Medicine} codes, e.g. BLOOD_THINNERS)
 */
public record Recheck(Number painNow, List<String> redFlags, List<EvaluateRequest.Condition> newConditions,
        List<String> newMedicines) {

    public Recheck {
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags.stream().map(String::valueOf).toList());
        newConditions = newConditions == null ? List.of() : newConditions.stream().toList();
        newMedicines = newMedicines == null ? List.of() : newMedicines.stream().map(String::valueOf).toList();
    }

    /** A re-check with no red flag and nothing new, only the pain now. */
    public static Recheck clean(int painNow) {
        return new Recheck(painNow, List.of(), List.of(), List.of());
    }
}
