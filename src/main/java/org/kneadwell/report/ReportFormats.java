package org.kneadwell.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.kneadwell.shared.DisplayDates;

/** How the PDFs write dates ("1 Dec 2026"), times (24-hour) and signed changes, in the clinic's time zone. */
public final class ReportFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH);

    private final ZoneId zone;

    ReportFormats(ZoneId zone) {
        this.zone = zone;
    }

    public String date(LocalDate day) {
        return day == null ? "" : DisplayDates.date(day);
    }

    public String date(Instant at) {
        return at == null ? "" : DisplayDates.date(at.atZone(zone).toLocalDate());
    }

    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }

    /** A change with its sign ("−3", "+1.5", "0"), to the instrument's decimals. */
    public String signed(BigDecimal change, int decimals) {
        BigDecimal scaled = change.setScale(decimals, RoundingMode.HALF_UP);
        String digits = scaled.abs().toPlainString();
        return scaled.signum() < 0 ? "\u2212" + digits : scaled.signum() > 0 ? "+" + digits : digits;
    }

    public String percent(BigDecimal percent) {
        return percent == null ? "" : (percent.signum() > 0 ? "+" : percent.signum() < 0 ? "\u2212" : "")
                + percent.abs().setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
