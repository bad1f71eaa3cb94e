package org.kneadwell.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.shared.Technique;

class ICalendarTest {

    @Test
    void foldsByOctetsAndNeverSplitsAMultiByteCharacterAcrossTheFold() {
        // 73 ASCII octets, then "é" (2 octets) ends exactly at 75; the next "ü" must start the continuation.
        String content = "X".repeat(73) + "é" + "ü" + "漢".repeat(30) + "😀".repeat(5);
        StringBuilder ics = new StringBuilder();
        ICalendar.line(ics, content);

        String folded = ics.toString();
        assertThat(folded).endsWith("\r\n");
        String[] physical = folded.substring(0, folded.length() - 2).split("\r\n", -1);
        assertThat(physical.length).isGreaterThan(2);
        for (int i = 0; i < physical.length; i++) {
            assertThat(physical[i].getBytes(StandardCharsets.UTF_8).length).as("line %d in octets", i)
                    .isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(physical[i]).startsWith(" ");
            }
        }
        assertThat(physical[0]).endsWith("é");
        assertThat(physical[1]).startsWith(" ü");
        // Unfolding gives back exactly the content: no character was cut or changed.
        assertThat(folded.replace("\r\n ", "").replace("\r\n", "")).isEqualTo(content);
        assertThat(folded).doesNotContain("\uFFFD");
        assertThat(new String(folded.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(folded);
    }

    @Test
    void aLineOfExactlySeventyFiveOctetsIsNotFolded() {
        StringBuilder ics = new StringBuilder();
        ICalendar.line(ics, "Y".repeat(72) + "€"); // 72 + 3 octets = 75
        ICalendar.line(ics, "Z".repeat(75));
        assertThat(ics.toString()).isEqualTo("Y".repeat(72) + "€\r\n" + "Z".repeat(75) + "\r\n");
    }

    @Test
    void escapesBackslashSemicolonCommaAndEveryKindOfLineBreak() {
        assertThat(ICalendar.text("a\\b;c,d\r\ne\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
        assertThat(ICalendar.text("line\rbreak")).doesNotContain("\r");
    }

    @Test
    void showsAttendedSessionsAsConfirmedAndCancelledOrMissedOnesAsCancelled() {
        String ics = ICalendar.of(List.of(session(Appointment.Status.ATTENDED), session(Appointment.Status.BOOKED),
                session(Appointment.Status.CANCELLED), session(Appointment.Status.NO_SHOW)), true,
                Instant.parse("2026-12-01T08:00:00Z"));

        assertThat(ics.split("STATUS:CONFIRMED", -1).length - 1).isEqualTo(2);
        assertThat(ics.split("STATUS:CANCELLED", -1).length - 1).isEqualTo(2);
        assertThat(ICalendar.status(session(Appointment.Status.ATTENDED))).isEqualTo("CONFIRMED");
    }

    private static Appointment session(Appointment.Status status) {
        Instant start = Instant.parse("2026-11-24T10:00:00Z");
        return new Appointment(1, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, null, null,
                Technique.HOT_STONE, start, start.plusSeconds(3600), status, null, false, start, null, null, null);
    }
}
