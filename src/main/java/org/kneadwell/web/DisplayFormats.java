package org.kneadwell.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.DisplayDates;
import org.springframework.stereotype.Component;

/** How dates and times look on every page ({@code ${@fmt.dateTime(x)}}): the clinic's zone, 24-hour clock. */
@Component("fmt")
public class DisplayFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH);

    private static final int WEEKS_A_YEAR = 52;

    private final ClinicSettings clinic;

    DisplayFormats(ClinicSettings clinic) {
        this.clinic = clinic;
    }

    public String date(LocalDate date) {
        return DisplayDates.date(date);
    }

    /**
     * The unit a duration stored in weeks reads best in, the way the intake asks it: "years" for whole years,
     * "months" for whole months (as the intake stores them, 52/12 weeks each) from two months on, else "weeks".
     */
    public String durationUnit(Integer weeks) {
        if (weeks == null || weeks < 1) {
            return "weeks";
        }
        if (weeks % WEEKS_A_YEAR == 0) {
            return "years";
        }
        long months = Math.round(weeks * 12.0 / WEEKS_A_YEAR);
        return months >= 2 && Math.round(months * WEEKS_A_YEAR / 12.0) == weeks ? "months" : "weeks";
    }

    /** The number of {@link #durationUnit(Integer) units}: 156 weeks is 3 (years), 78 weeks 18 (months). */
    public Integer durationAmount(Integer weeks) {
        return switch (durationUnit(weeks)) {
            case "years" -> weeks / WEEKS_A_YEAR;
            case "months" -> (int) Math.round(weeks * 12.0 / WEEKS_A_YEAR);
            default -> weeks;
        };
    }

    /** The day an instant falls on in the clinic's zone, "1 Dec 2026". */
    public String dayOf(Instant instant) {
        return instant == null ? "" : DisplayDates.date(instant.atZone(clinic.zone()).toLocalDate());
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(clinic.zone()));
    }
}
