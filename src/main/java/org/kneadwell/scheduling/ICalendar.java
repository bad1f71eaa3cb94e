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
            line(ics, "STATUS:" + status(session));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** A booked or attended session took (or takes) place: CONFIRMED; a cancelled or missed one: CANCELLED. */
    static String status(Appointment session) {
        return switch (session.status()) {
            case BOOKED, ATTENDED -> "CONFIRMED";
            case CANCELLED, NO_SHOW -> "CANCELLED";
        };
    }

    /**
     * A TEXT value escaped as RFC 5545 §3.3.11 says: backslash, semicolon and comma get a backslash; a line break
     * (CRLF, LF or a lone CR) becomes {@code \n}, so no raw CR or LF can end the content line early.
     */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\r", "\\n").replace("\n", "\\n");
    }

    /**
     * Appends one content line folded as RFC 5545 §3.1 says: no physical line longer than 75 octets of UTF-8
     * (excluding the CRLF), continuations beginning with one space (which counts towards their 75), and never
     * inside a character's UTF-8 sequence (a surrogate pair counts as one 4-octet character).
     */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int width = utf8Octets(codePoint);
            if (octets + width > limit) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }

    private static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
