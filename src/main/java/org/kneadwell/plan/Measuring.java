package org.kneadwell.plan;

/**
 * How often a plan asks the patient how they are doing (issue 12 item 4, "editable per plan"): the function and
 * pain-interference questionnaires (RMDQ or ODI, and PEG) every {@code questionnaireWeeks}, and the simple stress and
 * muscle-tension ratings every {@code ratingWeeks}. The questionnaires marked for it are asked once more when the
 * plan is completed, whatever the interval.
 *
 * @param questionnaireWeeks 1–12 (4 by default)
 * @param ratingWeeks        1–4 (weekly by default)
 */
public record Measuring(int questionnaireWeeks, int ratingWeeks) {

    public static final int MAX_QUESTIONNAIRE_WEEKS = 12;
    public static final int MAX_RATING_WEEKS = 4;

    public Measuring {
        if (questionnaireWeeks < 1 || questionnaireWeeks > MAX_QUESTIONNAIRE_WEEKS) {
            throw new IllegalArgumentException("Questionnaires are 1-12 weeks apart, not " + questionnaireWeeks);
        }
        if (ratingWeeks < 1 || ratingWeeks > MAX_RATING_WEEKS) {
            throw new IllegalArgumentException("Ratings are 1-4 weeks apart, not " + ratingWeeks);
        }
    }

    /** The usual schedule: questionnaires every 4 weeks, the ratings weekly. */
    public static Measuring usual() {
        return new Measuring(4, 1);
    }
}
