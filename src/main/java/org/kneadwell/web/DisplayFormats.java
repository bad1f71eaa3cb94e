package org.kneadwell.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.kneadwell.shared.ClinicSettings;
import org.springframework.stereotype.Component;

/** How dates and times look on every page ({@code ${@fmt.dateTime(x)}}): the clinic's zone, 24-hour clock. */
@Component("fmt")
public class DisplayFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH);

    private final ClinicSettings clinic;

    DisplayFormats(ClinicSettings clinic) {
        this.clinic = clinic;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(clinic.zone()));
    }
}
