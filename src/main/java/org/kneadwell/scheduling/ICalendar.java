package org.kneadwell.scheduling;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Writes RFC 5545 iCalendar text: UTC times, CRLF line ends, escaped text, lines folded at 75 octets. */
final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    static String of(List<Appointment> sessions, boolean forPatient, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Kneadwell//Sessions//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(forPatient ? "My massage sessions" : "Kneadwell sessions"));
        for (Appointment session : sessions) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + session.publicId() + "@kneadwell");
            line(ics, "DTSTAMP:" + UTC.format(now));
            line(ics, "DTSTART:" + UTC.format(session.start()));
            line(ics, "DTEND:" + UTC.format(session.end()));
            String technique = session.technique().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            line(ics, "SUMMARY:" + text((forPatient ? "Massage session (" : "Kneadwell session (") + technique + ")"));
            line(ics, "STATUS:" + (session.isActive() ? "CONFIRMED" : "CANCELLED"));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Appends one content line, folded so that no physical line exceeds 75 characters (continuations begin with a space). */
    private static void line(StringBuilder ics, String content) {
        int start = 0;
        int width = 75;
        while (content.length() - start > width) {
            ics.append(content, start, start + width).append("\r\n ");
            start += width;
            width = 74;
        }
        ics.append(content, start, content.length()).append("\r\n");
    }
}
