package org.kneadwell.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.screening.InvalidScreeningRequestException;
import org.kneadwell.screening.Recheck;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * A therapist's sessions over a stretch of time, and the check-in before a session, over the JSON API. Bad input is
 * RFC 9457 problem JSON naming each field; a refused check-in stores nothing.
 */
@RestController
class SessionApiController {

    /** The longest stretch one request may ask for. */
    static final int MAX_DAYS = 62;

    private final SessionDesk desk;
    private final ClinicSettings clinic;

    SessionApiController(SessionDesk desk, ClinicSettings clinic) {
        this.desk = desk;
        this.clinic = clinic;
    }

    record SessionEntry(UUID id, UUID patientId, String patientName, String technique, OffsetDateTime start,
            OffsetDateTime end, int minutes, String place, String status, boolean blockedBySafety,
            String blockedReason, boolean checkedIn, boolean checkInRaised, String noteStatus) {
    }

    record CheckInView(UUID id, UUID appointmentId, int painNow, List<String> redFlags, List<String> newConditions,
            List<String> newMedicines, boolean newScreen, UUID screeningId, boolean massageOnHold,
            boolean blockedBySafety, String stopReason, OffsetDateTime at) {
    }

    record FieldProblem(String field, String message) {
    }

    @GetMapping("/api/v1/therapists/{therapistId}/sessions")
    @ApiResponse(responseCode = "200", description = "The therapist's sessions that overlap [from, to), by start")
    @RouteAccess(value = { Audience.THERAPIST, Audience.ADMIN }, patientData = true)
    List<SessionEntry> sessions(@PathVariable UUID therapistId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @AuthenticationPrincipal CurrentUser user) {
        Map<String, String> errors = new LinkedHashMap<>();
        Instant start = instant("from", from, errors);
        Instant end = instant("to", to, errors);
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                errors.put("to", "Must be after from.");
            } else if (end.isAfter(start.plus(java.time.Duration.ofDays(MAX_DAYS)))) {
                errors.put("to", "At most " + MAX_DAYS + " days after from.");
            }
        }
        if (!errors.isEmpty()) {
            throw new CheckInRefusedException(errors);
        }
        return desk.calendar(user, therapistId, start, end).stream().map(this::entry).toList();
    }

    @PostMapping("/api/v1/appointments/{id}/check-in")
    @ApiResponse(responseCode = "200", description = "Checked in; a new screen was stored if the answers raised anything")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST }, patientData = true)
    CheckInView checkIn(@PathVariable UUID id, @RequestBody(required = false) Recheck body,
            @AuthenticationPrincipal CurrentUser user) {
        SessionDesk.CheckInOutcome outcome = desk.checkIn(user, id,
                body == null ? new Recheck(null, null, null, null) : body);
        CheckIn c = outcome.checkIn();
        return new CheckInView(c.publicId(), c.appointmentId(), c.painNow(), c.redFlags(), c.newConditions(),
                c.newMedicines(), outcome.recheck().newScreen(), outcome.recheck().screeningId(),
                outcome.recheck().massageOnHold(), outcome.session().stop(), outcome.session().stopReason(),
                c.at().atZone(clinic.zone()).toOffsetDateTime());
    }

    @ExceptionHandler(CheckInRefusedException.class)
    ProblemDetail refused(CheckInRefusedException ex) {
        return problem(ex.fieldErrors());
    }

    @ExceptionHandler(InvalidScreeningRequestException.class)
    ProblemDetail invalid(InvalidScreeningRequestException ex) {
        return problem(ex.fieldErrors());
    }

    private SessionEntry entry(CalendarEntry e) {
        ZoneId zone = clinic.zone();
        return new SessionEntry(e.appointmentId(), e.patientId(), e.patientName(), e.technique().name(),
                e.day().atTime(e.start()).atZone(zone).toOffsetDateTime(),
                e.day().atTime(e.start()).plusMinutes(e.minutes()).atZone(zone).toOffsetDateTime(), e.minutes(),
                e.place(), e.statusName(), e.blockedBySafety(), e.blockedReason(), e.checkedIn(), e.checkInRaised(),
                e.noteStatus().name());
    }

    /** An ISO-8601 instant with offset, or a date (the clinic's day from midnight). */
    private Instant instant(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "Required: a date (YYYY-MM-DD) or a date and time with offset.");
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(clinic.zone()).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            errors.put(field, "Not a date (YYYY-MM-DD) or a date and time with offset (2026-12-01T09:00:00+00:00).");
            return null;
        }
    }

    private static ProblemDetail problem(Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some fields are missing or invalid; see errors. Nothing was stored.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors.entrySet().stream()
                .map(e -> new FieldProblem(e.getKey(), e.getValue())).toList());
        return problem;
    }
}
