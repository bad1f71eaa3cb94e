package org.kneadwell.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What is due (issue 12 item 4), from each instrument's schedule in its definition: a baseline from the day the
 * record was opened (intake), then every {@code everyDays} after the last answer. Overdue after a grace of a week
 * for monthly and baseline questionnaires, two days for weekly ratings. Pure Java.
 */
final class Schedules {

    private Schedules() {
    }

    static List<Due> due(List<Instrument> instruments, Map<String, Instant> lastAnswered, Instant recordOpened,
            LocalDate today, ZoneId zone) {
        List<Due> due = new ArrayList<>();
        for (Instrument instrument : instruments) {
            Instrument.Schedule schedule = instrument.schedule();
            if (instrument.therapistMeasure() || (!schedule.baseline() && schedule.everyDays() == 0)) {
                continue;
            }
            Instant last = lastAnswered.get(instrument.id());
            LocalDate dueOn;
            if (last == null) {
                dueOn = recordOpened.atZone(zone).toLocalDate();
            } else if (schedule.everyDays() > 0) {
                dueOn = last.atZone(zone).toLocalDate().plusDays(schedule.everyDays());
            } else {
                continue;
            }
            if (!dueOn.isAfter(today)) {
                int grace = last != null && schedule.everyDays() > 0 && schedule.everyDays() < 28 ? 2 : 7;
                due.add(new Due(instrument, dueOn, today.isAfter(dueOn.plusDays(grace))));
            }
        }
        return due;
    }
}
