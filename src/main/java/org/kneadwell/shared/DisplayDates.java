package org.kneadwell.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates one way everywhere a person reads them, pages and alert texts alike: "1 Dec 2026". */
public final class DisplayDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private DisplayDates() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
