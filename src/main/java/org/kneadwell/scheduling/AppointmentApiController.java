package org.kneadwell.scheduling;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Booking over the API: 201 with the appointment, 409 problem JSON when the slot is taken. */
@RestController
class AppointmentApiController {

    private final Booking booking;
    private final Visits visits;
    private final ClinicSettings clinic;

    AppointmentApiController(Booking booking, Visits visits, ClinicSettings clinic) {
        this.booking = booking;
        this.visits = visits;
        this.clinic = clinic;
    }

    record AppointmentView(UUID id, UUID patientId, UUID therapistId, UUID locationId, UUID planId, String technique,
            OffsetDateTime start, OffsetDateTime end, int minutes, String status, String cancelReason,
            boolean lateCancellation, boolean blockedBySafety, String blockedReason, boolean needsRebooking,
            String rebookReason, boolean needsReview, String reviewReason) {
    }

    record CancelBody(String reason) {
    }

    AppointmentView view(Appointment a) {
        return new AppointmentView(a.publicId(), a.patientId(), a.therapistId(), a.locationId(), a.planId(),
                a.technique().name(), a.start().atZone(clinic.zone()).toOffsetDateTime(),
                a.end().atZone(clinic.zone()).toOffsetDateTime(), a.minutes(), a.status().name(), a.cancelReason(),
                a.lateCancellation(), a.blockedBySafety(), a.blockedReason(), a.needsRebooking(), a.rebookReason(),
                a.needsReview(), a.reviewReason());
    }

    @PostMapping("/api/v1/appointments")
    @ApiResponse(responseCode = "201", description = "Booked; Location names the new appointment")
    @ApiResponse(responseCode = "409", description = "The therapist or the patient already has a session at that time")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    ResponseEntity<AppointmentView> book(@RequestBody BookingRequest body, @AuthenticationPrincipal CurrentUser user) {
        Appointment booked = booking.book(user, body);
        return ResponseEntity.created(URI.create("/api/v1/appointments/" + booked.publicId())).body(view(booked));
    }

    @PostMapping("/api/v1/appointments/{id}/cancel")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    AppointmentView cancel(@PathVariable UUID id, @RequestBody(required = false) CancelBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return view(visits.cancel(user, id, body == null ? null : body.reason()));
    }

    record RescheduleBody(String start) {
    }

    @PostMapping("/api/v1/appointments/{id}/reschedule")
    @ApiResponse(responseCode = "200", description = "Moved")
    @ApiResponse(responseCode = "409", description = "The therapist or the patient already has a session at that time")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    AppointmentView reschedule(@PathVariable UUID id, @RequestBody(required = false) RescheduleBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return view(booking.reschedule(user, id, body == null ? null : body.start()));
    }

    @GetMapping("/api/v1/patients/{id}/appointments")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    List<AppointmentView> ofPatient(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return visits.ofPatient(user, id).stream().map(this::view).toList();
    }
}
