package org.kneadwell.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.scheduling.Booking;
import org.kneadwell.scheduling.BookingRequest;
import org.kneadwell.scheduling.clinic.PastSessions;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.Technique;
import org.kneadwell.therapist.TherapistDirectory;
import org.springframework.stereotype.Component;

/**
 * The demo patient's sessions with the demo therapist: three that took place on the last three Tuesdays and the
 * next two Tuesdays booked through the normal booking rules, so there is history and something to come.
 */
@Component
class DemoAppointments {

    private final Booking booking;
    private final PastSessions pastSessions;
    private final TherapistDirectory directory;
    private final ClinicSettings clinic;
    private final Clock clock;

    DemoAppointments(Booking booking, PastSessions pastSessions, TherapistDirectory directory, ClinicSettings clinic,
            Clock clock) {
        this.booking = booking;
        this.pastSessions = pastSessions;
        this.directory = directory;
        this.clinic = clinic;
        this.clock = clock;
    }

    void seed(CurrentUser therapist, UUID patient) {
        UUID profile = directory.profileOfAccount(therapist.accountId()).orElseThrow().id();
        LocalDate today = clinic.today(clock);
        LocalDate lastTuesday = today.with(TemporalAdjusters.previous(DayOfWeek.TUESDAY));
        for (int week = 3; week >= 1; week--) {
            pastSessions.record(therapist, patient, profile, Technique.SWEDISH,
                    lastTuesday.minusWeeks(week - 1L).atTime(LocalTime.of(10, 0)).atZone(clinic.zone()).toInstant(), 60);
        }
        LocalDate nextTuesday = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        for (int week = 0; week < 2; week++) {
            String start = nextTuesday.plusWeeks(week).atTime(LocalTime.of(10, 0)).atZone(clinic.zone())
                    .toOffsetDateTime().toString();
            booking.book(therapist, new BookingRequest(patient, profile, start, 60, "SWEDISH", null));
        }
    }
}
