package org.kneadwell.screening.policy;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Cause;

/**
 * What the patient told us at intake, as the policy reads it. Absent lists mean "none"; treatment regions
 * default to the pain regions (screening contract §4). Red flags, conditions, causes and age are independent
 * answers: the engine derives nothing from one for another (§2.1). The API checks fields first and names them;
 * this constructor is the domain's own guard.
 *
 * @param ageYears          0–120, or {@code null} if not given
 * @param painDurationWeeks 0–5200 (a hundred years)
 * @param painIntensity     current pain 0–10, or {@code null}
 * @param startBack         the STarT Back answers, or {@code null} if not given
 */
public record ScreeningInput(Integer ageYears, int painDurationWeeks, Integer painIntensity,
        Set<BodyRegion> painRegions, Set<Cause> causes, Set<BodyRegion> treatmentRegions, Set<RedFlag> redFlags,
        List<ConditionEntry> conditions, StartBackAnswers startBack) {

    public static final int MAX_AGE_YEARS = 120;
    public static final int MAX_PAIN_DURATION_WEEKS = 5200;
    public static final int MAX_PAIN_INTENSITY = 10;

    public ScreeningInput {
        check(ageYears == null || (ageYears >= 0 && ageYears <= MAX_AGE_YEARS), "age is 0-120 years");
        check(painDurationWeeks >= 0 && painDurationWeeks <= MAX_PAIN_DURATION_WEEKS, "pain duration is 0-5200 weeks");
        check(painIntensity == null || (painIntensity >= 0 && painIntensity <= MAX_PAIN_INTENSITY),
                "pain intensity is 0-10");
        painRegions = painRegions == null ? Set.of() : Set.copyOf(painRegions);
        causes = causes == null ? Set.of() : Set.copyOf(causes);
        treatmentRegions = treatmentRegions == null || treatmentRegions.isEmpty() ? painRegions
                : Set.copyOf(treatmentRegions);
        redFlags = redFlags == null ? Set.of() : Set.copyOf(redFlags);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    /** Pain of more than 12 weeks (13 and more) is chronic [S45]. */
    public boolean chronic() {
        return painDurationWeeks >= 13;
    }

    public boolean has(RedFlag flag) {
        return redFlags.contains(flag);
    }

    private static void check(boolean valid, String rule) {
        if (!valid) {
            throw new IllegalArgumentException(rule);
        }
    }

    /** An input with only a pain duration, to build on with the {@code with...} methods (tests, examples). */
    public static ScreeningInput ofWeeks(int painDurationWeeks) {
        return new ScreeningInput(null, painDurationWeeks, null, null, null, null, null, null, null);
    }

    public ScreeningInput withRedFlags(RedFlag... flags) {
        return new ScreeningInput(ageYears, painDurationWeeks, painIntensity, painRegions, causes, treatmentRegions,
                Set.of(flags), conditions, startBack);
    }

    public ScreeningInput withConditions(ConditionEntry... entries) {
        return new ScreeningInput(ageYears, painDurationWeeks, painIntensity, painRegions, causes, treatmentRegions,
                redFlags, List.of(entries), startBack);
    }

    public ScreeningInput withPainIntensity(Integer intensity) {
        return new ScreeningInput(ageYears, painDurationWeeks, intensity, painRegions, causes, treatmentRegions,
                redFlags, conditions, startBack);
    }

    public ScreeningInput withCauses(Cause... given) {
        return new ScreeningInput(ageYears, painDurationWeeks, painIntensity, painRegions, Set.of(given),
                treatmentRegions, redFlags, conditions, startBack);
    }

    public ScreeningInput withTreatmentRegions(BodyRegion... regions) {
        return new ScreeningInput(ageYears, painDurationWeeks, painIntensity, painRegions, causes, Set.of(regions),
                redFlags, conditions, startBack);
    }

    public ScreeningInput withStartBack(StartBackAnswers answers) {
        return new ScreeningInput(ageYears, painDurationWeeks, painIntensity, painRegions, causes, treatmentRegions,
                redFlags, conditions, Objects.requireNonNull(answers));
    }
}
