package org.kneadwell.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.shared.Technique;

/** What one booking attempt reads about a therapist answers as the directory and the schedule do. */
class BookableTherapistTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final UUID RIVERSIDE = UUID.randomUUID();
    private static final UUID ADMIN = UUID.randomUUID();

    private static final Schedule MONDAYS_NINE_TO_FIVE = new Schedule(
            List.of(new WeeklyHours(UUID.randomUUID(), DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0),
                    RIVERSIDE)),
            List.of(new WeeklyBreak(UUID.randomUUID(), DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(13, 0))),
            List.of(), 0);

    private static Credential verifiedUntil(LocalDate expiry) {
        return new Credential("MT-1", "CNHC", "United Kingdom", expiry, null, null)
                .verify(ADMIN, Instant.parse("2026-11-01T10:00:00Z"));
    }

    private static BookableTherapist therapist(boolean active, Credential credential) {
        return new BookableTherapist(Set.of(Technique.SWEDISH), active, credential, LONDON, () -> MONDAYS_NINE_TO_FIVE);
    }

    private static Instant monday(int hour, int minute) {
        return ZonedDateTime.of(MONDAY, LocalTime.of(hour, minute), LONDON).toInstant();
    }

    @Test
    void aDeactivatedAccountComesBeforeTheCredential() {
        assertThat(therapist(false, verifiedUntil(MONDAY.plusYears(1))).notBookableOn(MONDAY))
                .contains(NotBookable.DEACTIVATED);
        assertThat(therapist(true, verifiedUntil(MONDAY.plusYears(1))).notBookableOn(MONDAY)).isEmpty();
    }

    @Test
    void anUnverifiedOrExpiredCredentialIsNamed() {
        Credential unverified = new Credential("MT-1", "CNHC", "United Kingdom", MONDAY.plusYears(1), null, null);
        assertThat(therapist(true, unverified).notBookableOn(MONDAY)).contains(NotBookable.UNVERIFIED);
        assertThat(therapist(true, verifiedUntil(MONDAY.minusDays(1))).notBookableOn(MONDAY))
                .contains(NotBookable.EXPIRED);
    }

    @Test
    void aSessionMustFitTheWorkingHoursOutsideBreaks() {
        BookableTherapist t = therapist(true, verifiedUntil(MONDAY.plusYears(1)));
        assertThat(t.locationAt(monday(10, 0), 60)).contains(RIVERSIDE);
        assertThat(t.locationAt(monday(16, 30), 60)).as("runs past five").isEmpty();
        assertThat(t.locationAt(monday(11, 30), 60)).as("runs into the lunch break").isEmpty();
        assertThat(t.locationAt(monday(10, 0).plusSeconds(86_400), 60)).as("Tuesday: no hours").isEmpty();
    }
}
