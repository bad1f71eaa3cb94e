package org.kneadwell.session;

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

/** The 48-hour follow-up (the patient) and a patient's adverse events (the patient and their care team) as JSON. */
@RestController
class FollowUpApiController {

    private final SessionFollowUps followUps;
    private final AdverseEvents adverseEvents;
    private final ClinicSettings clinic;

    FollowUpApiController(SessionFollowUps followUps, AdverseEvents adverseEvents, ClinicSettings clinic) {
        this.followUps = followUps;
        this.adverseEvents = adverseEvents;
        this.clinic = clinic;
    }

    /** A follow-up answer: {@code soreness} and {@code bruising} are NONE, MILD, MODERATE or SEVERE. */
    record FollowUpBody(Integer painNow, String soreness, String bruising,
            List<FollowUpInput.ReactionInput> otherReactions, String helpfulness) {
    }

    record FollowUpView(UUID id, UUID appointmentId, OffsetDateTime answeredAt, int painNow, String helpfulness,
            List<AdverseEventView> adverseEvents) {
    }

    record AdverseEventView(UUID id, UUID appointmentId, String technique, OffsetDateTime sessionStart, String kind,
            String severity, String description, String source, OffsetDateTime recordedAt) {
    }

    record StaffBody(String kind, String severity, String description, String appointmentId) {
    }

    @PostMapping("/api/v1/appointments/{id}/follow-up")
    @ApiResponse(responseCode = "201", description = "Answered; its reactions are stored as adverse events")
    @RouteAccess(value = Audience.PATIENT, patientData = true)
    ResponseEntity<FollowUpView> answer(@PathVariable UUID id, @RequestBody(required = false) FollowUpBody body,
            @AuthenticationPrincipal CurrentUser user) {
        FollowUpBody given = body == null ? new FollowUpBody(null, null, null, null, null) : body;
        FollowUp answered = followUps.answer(user, id, new FollowUpInput(given.painNow(), given.soreness(),
                given.bruising(), given.otherReactions(), given.helpfulness()));
        SessionFollowUps.State state = followUps.of(user, id);
        return ResponseEntity.created(URI.create("/api/v1/appointments/" + id + "/follow-up"))
                .body(new FollowUpView(answered.publicId(), id, time(answered.answeredAt()), answered.painNow(),
                        answered.helpfulness().name(), state.reported().stream().map(this::view).toList()));
    }

    @GetMapping("/api/v1/patients/{id}/adverse-events")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    List<AdverseEventView> ofPatient(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return adverseEvents.ofPatient(user, id).stream().map(this::view).toList();
    }

    @PostMapping("/api/v1/patients/{id}/adverse-events")
    @ApiResponse(responseCode = "201", description = "Recorded; a severe one alerts the care team and marks the next session for review")
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    ResponseEntity<AdverseEventView> record(@PathVariable UUID id, @RequestBody(required = false) StaffBody body,
            @AuthenticationPrincipal CurrentUser user) {
        StaffBody given = body == null ? new StaffBody(null, null, null, null) : body;
        AdverseEvent event = adverseEvents.record(user, id, new AdverseEvents.StaffInput(given.kind(),
                given.severity(), given.description(), given.appointmentId()));
        return ResponseEntity.created(URI.create("/api/v1/patients/" + id + "/adverse-events")).body(view(event));
    }

    private AdverseEventView view(AdverseEvent e) {
        return new AdverseEventView(e.publicId(), e.appointmentId(), e.technique() == null ? null : e.technique().name(),
                time(e.sessionStart()), e.kind().name(), e.severity().name(), e.description(), e.source().name(),
                time(e.recordedAt()));
    }

    private OffsetDateTime time(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(clinic.zone()).toOffsetDateTime();
    }
}
