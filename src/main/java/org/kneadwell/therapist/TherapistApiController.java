package org.kneadwell.therapist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.kneadwell.shared.Technique;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The directory API: search, and a therapist's free slots. No patient data. */
@RestController
@RequestMapping("/api/v1/therapists")
class TherapistApiController {

    static final int MAX_RANGE_DAYS = 92;

    private final TherapistDirectory directory;
    private final ObjectProvider<BookedTime> bookedTime;
    private final Availability availability;
    private final MessageSource messages;
    private final ClinicSettings clinic;
    private final Clock clock;

    TherapistApiController(TherapistDirectory directory, Availability availability, MessageSource messages,
            ClinicSettings clinic, Clock clock, ObjectProvider<BookedTime> bookedTime) {
        this.bookedTime = bookedTime;
        this.directory = directory;
        this.availability = availability;
        this.messages = messages;
        this.clinic = clinic;
        this.clock = clock;
    }

    record TherapistResult(UUID id, String displayName, Set<Technique> techniques, Set<String> languages,
            List<Location> locations, Double distanceKm, boolean bookable, String notBookableReason,
            List<String> matchReasons) {

        static TherapistResult of(TherapistSummary s) {
            return new TherapistResult(s.id(), s.displayName(), s.techniques(), s.languages(), s.locations(),
                    s.distanceKm(), s.bookable(), s.notBookableReason(), s.matchReasons());
        }
    }

    record SlotResult(String start, String end, UUID locationId) {

        static SlotResult of(Slot s) {
            return new SlotResult(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.start().atOffset(ZoneOffset.UTC)),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.end().atOffset(ZoneOffset.UTC)), s.locationId());
        }
    }

    record FieldProblem(String field, String message) {
    }

    @GetMapping
    @RouteAccess({ Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN })
    List<TherapistResult> search(@RequestParam(required = false) List<String> technique,
            @RequestParam(required = false) String language, @RequestParam(required = false) String place,
            @RequestParam(required = false) String location, @RequestParam(required = false) String withinKm,
            @RequestParam(defaultValue = "false") boolean bookableOnly) {
        SearchRequest request = new SearchRequest(technique, language, uuid("place", place),
                uuid("location", location), withinKm, bookableOnly);
        return directory.search(request.toCriteria(directory, clinic.today(clock))).stream().map(TherapistResult::of)
                .toList();
    }

    @GetMapping("/{id}/slots")
    @RouteAccess({ Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN })
    List<SlotResult> slots(@PathVariable UUID id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String minutes) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = clinic.today(clock);
        LocalDate first = date("from", from, errors);
        LocalDate last = date("to", to, errors);
        if (first != null && first.isBefore(today)) {
            errors.put("from", "therapist.slots.fromInPast");
        }
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                errors.put("to", "therapist.slots.toBeforeFrom");
            } else if (ChronoUnit.DAYS.between(first, last) >= MAX_RANGE_DAYS) {
                errors.put("to", "therapist.slots.rangeTooLong");
            }
        }
        int length = 60;
        if (minutes != null) {
            try {
                length = Integer.parseInt(minutes.strip());
            } catch (NumberFormatException e) {
                length = -1;
            }
        }
        if (length < 15 || length > 240) {
            errors.put("minutes", "therapist.slots.minutesRange");
        }
        if (!errors.isEmpty()) {
            throw new InvalidTherapistDetailsException(errors);
        }
        directory.notBookableOn(id, first).ifPresent(reason -> {
            throw new TherapistNotBookableException(reason,
                    messages.getMessage(reason.messageKey(), null, reason.name(), Locale.ENGLISH));
        });
        List<Interval> taken = bookedTime.getIfAvailable() == null ? List.of()
                : bookedTime.getObject().taken(id, first.atStartOfDay(clinic.zone()).toInstant(),
                        last.plusDays(1).atStartOfDay(clinic.zone()).toInstant());
        return availability.slots(id, first, last, length, taken).stream().map(SlotResult::of).toList();
    }

    @ExceptionHandler(InvalidTherapistDetailsException.class)
    ProblemDetail invalid(InvalidTherapistDetailsException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some fields are missing or invalid; see errors.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", ex.fieldErrors().entrySet().stream()
                .map(e -> new FieldProblem(e.getKey(), messages.getMessage(e.getValue(), null, e.getValue(),
                        Locale.ENGLISH)))
                .toList());
        return problem;
    }

    private static LocalDate date(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "therapist.slots.dateRequired");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "therapist.slots.badDate");
            return null;
        }
    }

    private static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidTherapistDetailsException.of(field, "therapist.search.unknown" + Character.toUpperCase(
                    field.charAt(0)) + field.substring(1));
        }
    }
}
