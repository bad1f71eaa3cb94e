package org.kneadwell.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kneadwell.shared.Goal;
import org.kneadwell.shared.Technique;

/**
 * What the plan page and the demo send: codes and numbers as typed, so that every mistake becomes a message beside
 * its field instead of a binding failure. {@link #read()} turns it into {@link PlanContent} or says what is wrong.
 */
public record PlanForm(List<String> goals, List<String> techniques, String sessionMinutes, String everyDays,
        String sessions, String selfCare, String exercise, String questionnaireWeeks, String ratingWeeks) {

    public PlanForm {
        goals = goals == null ? List.of() : List.copyOf(goals);
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
    }

    /** A form that leaves the measuring schedule as usual (fields not sent are not asked for). */
    public PlanForm(List<String> goals, List<String> techniques, String sessionMinutes, String everyDays,
            String sessions, String selfCare, String exercise) {
        this(goals, techniques, sessionMinutes, everyDays, sessions, selfCare, exercise, null, null);
    }

    /** The form showing a plan's content, for editing. */
    public static PlanForm of(PlanContent content) {
        return new PlanForm(content.goals().stream().map(Enum::name).toList(),
                content.techniques().stream().map(Enum::name).toList(),
                String.valueOf(content.dose().sessionMinutes()), String.valueOf(content.dose().everyDays()),
                String.valueOf(content.dose().sessions()), content.selfCare(), content.exercise(),
                String.valueOf(content.measuring().questionnaireWeeks()),
                String.valueOf(content.measuring().ratingWeeks()));
    }

    public boolean hasGoal(String code) {
        return goals.contains(code);
    }

    public boolean hasTechnique(String code) {
        return techniques.contains(code);
    }

    /** The content, or an {@link InvalidPlanException} naming every field that is wrong. */
    PlanContent read() {
        List<PlanProblem> problems = new ArrayList<>();
        List<Goal> goalCodes = codes(goals, Goal.class, "goals", "plan.error.unknownGoal", problems);
        List<Technique> techniqueCodes = codes(techniques, Technique.class, "techniques", "plan.error.unknownTechnique",
                problems);
        Integer minutes = number(sessionMinutes, "sessionMinutes", Dose.MIN_MINUTES, Dose.MAX_MINUTES, problems);
        Integer days = number(everyDays, "everyDays", 1, Dose.MAX_EVERY_DAYS, problems);
        Integer count = number(sessions, "sessions", 1, Dose.MAX_SESSIONS, problems);
        Integer questionnaires = questionnaireWeeks == null ? Integer.valueOf(Measuring.usual().questionnaireWeeks())
                : number(questionnaireWeeks, "questionnaireWeeks", 1, Measuring.MAX_QUESTIONNAIRE_WEEKS, problems);
        Integer ratings = ratingWeeks == null ? Integer.valueOf(Measuring.usual().ratingWeeks())
                : number(ratingWeeks, "ratingWeeks", 1, Measuring.MAX_RATING_WEEKS, problems);
        text(selfCare, "selfCare", problems);
        text(exercise, "exercise", problems);
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems);
        }
        return new PlanContent(goalCodes, techniqueCodes, new Dose(minutes, days, count), selfCare, exercise,
                new Measuring(questionnaires, ratings));
    }

    private static <E extends Enum<E>> List<E> codes(List<String> values, Class<E> type, String field, String key,
            List<PlanProblem> problems) {
        List<E> found = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                found.add(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                problems.add(PlanProblem.of(field, key, value.strip()));
            }
        }
        return found;
    }

    private static Integer number(String value, String field, int min, int max, List<PlanProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(PlanProblem.of(field, "plan.error.required"));
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                problems.add(PlanProblem.of(field, "plan.error.range", min, max));
                return null;
            }
            return n;
        } catch (NumberFormatException notANumber) {
            problems.add(PlanProblem.of(field, "plan.error.number"));
            return null;
        }
    }

    private static void text(String value, String field, List<PlanProblem> problems) {
        if (value != null && value.strip().length() > PlanContent.MAX_TEXT) {
            problems.add(PlanProblem.of(field, "plan.error.tooLong", PlanContent.MAX_TEXT));
        }
    }
}
