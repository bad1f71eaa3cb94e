package org.kneadwell.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.scheduling.Booking;
import org.kneadwell.scheduling.BookingRequest;
import org.kneadwell.screening.EvaluateRequest;
import org.kneadwell.screening.Screenings;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.therapist.TherapistDirectory;
import org.springframework.stereotype.Component;

/**
 * Safety over time in the demo clinic (screening contract §5): David Okonkwo, booked with Tomas Novak next week,
 * then reported a fever with his back pain (urgent: massage on hold, the session blocked by safety) and, two days
 * later on the clinic tablet, no red flags at all. The hold stands and his session stays blocked until Dr Liam
 * O'Brien, whose queue shows what changed between the screens, decides.
 */
@Component
class DemoSafetyOverTime {

    private static final EvaluateRequest CLEAN = screen(List.of());
    private static final EvaluateRequest FEVER = screen(List.of("RF8"));

    private final Screenings screenings;
    private final Booking booking;
    private final TherapistDirectory directory;
    private final ClinicSettings clinic;
    private final Clock clock;

    DemoSafetyOverTime(Screenings screenings, Booking booking, TherapistDirectory directory, ClinicSettings clinic,
            Clock clock) {
        this.screenings = screenings;
        this.booking = booking;
        this.directory = directory;
        this.clinic = clinic;
        this.clock = clock;
    }

    void seed(CurrentUser tomas, UUID david) {
        screenings.record(tomas, david, CLEAN);
        UUID profile = directory.profileOfAccount(tomas.accountId()).orElseThrow().id();
        LocalDate nextWednesday = clinic.today(clock).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        String start = nextWednesday.atTime(LocalTime.of(11, 0)).atZone(clinic.zone()).toOffsetDateTime().toString();
        booking.book(tomas, new BookingRequest(david, profile, start, 60, "DEEP_TISSUE", null));
        screenings.record(tomas, david, FEVER);
        screenings.record(tomas, david, CLEAN);
    }

    private static EvaluateRequest screen(List<String> redFlags) {
        return new EvaluateRequest(34, 35, 5, List.of("LOWER_BACK_LEFT", "LOWER_BACK_RIGHT"), List.of("MUSCLE_STRAIN"),
                null, redFlags, List.of(), null);
    }
}
