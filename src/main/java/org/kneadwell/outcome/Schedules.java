package org.kneadwell.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What is due (issue 12 item 4), from each instrument's schedule in its definition and the patient's treatment plan:
 * a baseline from the day the record was opened (intake), then an answer every interval after the last one, and
 * those marked {@code atPlanEnd} (PGIC, RMDQ, PEG) once more when a treatment plan is completed, unless answered
 * since. The definition's interval is the usual one; a plan may set its own for the questionnaires (instruments
 * asked every four weeks or less often) and for the ratings (asked more often). Overdue after a grace of two days for
 * what is asked more often than every two weeks, a week for everything else. Pure Java.
 */
final class Schedules {

    /** The definitions' interval from which an instrument counts as a questionnaire rather than a rating. */
    private static final int QUESTIONNAIRE_DAYS = 28;

    private Schedules() {
    }

    /**
     * The plan's part of the schedule.
     *
     * @param questionnaireDays days between questionnaires
     * @param ratingDays        days between the simple ratings
     * @param planEnded         when the latest plan was completed, or null
     */
    record Cadence(int questionnaireDays, int ratingDays, Instant planEnded) {

        /** Every four weeks, the ratings weekly, no plan completed. */
        static Cadence usual() {
            return new Cadence(QUESTIONNAIRE_DAYS, 7, null);
        }
    }

    static List<Due> due(List<Instrument> instruments, Map<String, Instant> lastAnswered, Instant recordOpened,
            Cadence cadence, LocalDate today, ZoneId zone) {
        List<Due> due = new ArrayList<>();
        for (Instrument instrument : instruments) {
            Instrument.Schedule schedule = instrument.schedule();
            if (instrument.therapistMeasure()) {
                continue;
            }
            Instant last = lastAnswered.get(instrument.id());
            int every = interval(schedule, cadence);
            LocalDate dueOn = regularlyDue(schedule.baseline(), every, last, recordOpened, zone);
            Instant planEnded = cadence.planEnded();
            if (schedule.atPlanEnd() && planEnded != null && (last == null || last.isBefore(planEnded))) {
                LocalDate end = planEnded.atZone(zone).toLocalDate();
                dueOn = dueOn == null || end.isBefore(dueOn) ? end : dueOn;
            }
            if (dueOn != null && !dueOn.isAfter(today)) {
                int grace = last != null && every > 0 && every < 14 ? 2 : 7;
                due.add(new Due(instrument, dueOn, today.isAfter(dueOn.plusDays(grace))));
            }
        }
        return due;
    }

    /** Days between answers for this patient, 0 for an instrument that is not asked regularly. */
    private static int interval(Instrument.Schedule schedule, Cadence cadence) {
        if (schedule.everyDays() == 0) {
            return 0;
        }
        return schedule.everyDays() >= QUESTIONNAIRE_DAYS ? cadence.questionnaireDays() : cadence.ratingDays();
    }

    /** From the baseline and the interval alone; null when neither asks for an answer. */
    private static LocalDate regularlyDue(boolean baseline, int every, Instant last, Instant recordOpened,
            ZoneId zone) {
        if (last == null) {
            return baseline || every > 0 ? recordOpened.atZone(zone).toLocalDate() : null;
        }
        return every > 0 ? last.atZone(zone).toLocalDate().plusDays(every) : null;
    }
}
