package org.kneadwell.plan;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.kneadwell.shared.Goal;
import org.kneadwell.shared.Technique;

/**
 * What a plan says: the goals worked towards, the techniques chosen, the dose, and the self-care and exercise part
 * of the package. NICE NG59 (rec 1.2.7) allows massage only as part of a package that includes exercise [S12], so a
 * plan cannot be activated without {@link #exercise()}.
 *
 * @param goals      in {@link Goal} order, no repeats
 * @param techniques in {@link Technique} order, no repeats
 * @param measuring  how often the patient is asked how they are doing
 */
public record PlanContent(List<Goal> goals, List<Technique> techniques, Dose dose, String selfCare, String exercise,
        Measuring measuring) {

    public static final int MAX_TEXT = 4000;

    public PlanContent {
        goals = sorted(goals, Goal.class);
        techniques = sorted(techniques, Technique.class);
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(measuring, "measuring");
        selfCare = blankToNull(selfCare);
        exercise = blankToNull(exercise);
        if ((selfCare != null && selfCare.length() > MAX_TEXT) || (exercise != null && exercise.length() > MAX_TEXT)) {
            throw new IllegalArgumentException("Self-care and exercise are at most 4000 characters each");
        }
    }

    /** With the usual measuring schedule. */
    public PlanContent(List<Goal> goals, List<Technique> techniques, Dose dose, String selfCare, String exercise) {
        this(goals, techniques, dose, selfCare, exercise, Measuring.usual());
    }

    public boolean hasExercise() {
        return exercise != null;
    }

    private static <E extends Enum<E>> List<E> sorted(List<E> values, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.forEach(v -> set.add(Objects.requireNonNull(v)));
        }
        return set.stream().sorted(Comparator.naturalOrder()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
