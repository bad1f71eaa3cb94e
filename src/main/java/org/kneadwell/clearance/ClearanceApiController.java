package org.kneadwell.clearance;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.screening.policy.ScreenChange;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The clearance loop over the API: request, queue, decide; and effective safety for a patient today. */
@RestController
class ClearanceApiController {

    private final Clearances clearances;
    private final PatientSafety safety;

    ClearanceApiController(Clearances clearances, PatientSafety safety) {
        this.clearances = clearances;
        this.safety = safety;
    }

    record RequestBodyNote(String note) {
    }

    /**
     * A request as the API shows it; {@code changes} is what changed between the screen it was opened for and the
     * patient's latest screen (contract §5.2), or {@code null} when the request is about the latest screen.
     */
    record RequestView(UUID id, UUID patientId, String patientName, String tier, String status, String origin,
            String note, Instant requestedAt, ScreenChange changes) {
        static RequestView of(ClearanceRequest r, String patientName, ScreenChange changes) {
            return new RequestView(r.publicId(), r.patientId(), patientName, r.tier().name(), r.status().name(),
                    r.origin().name(), r.note(), r.requestedAt(), changes);
        }
    }

    /** Effective safety as the API shows it: the same badge every page shows, then the detail. */
    record SafetyView(LocalDate day, SafetyBadge badge, ClearanceStatus clearanceStatus, boolean onHold,
            LocalDate clearanceValidUntil, List<EffectiveVerdict> techniques) {
        static SafetyView of(SafetyToday today) {
            return new SafetyView(today.day(), today.badge(), today.clearanceStatus(), today.onHold(),
                    today.clearanceValidUntil(), today.techniques());
        }
    }

    record DecisionView(UUID id, UUID requestId, String decision, String reason, ClearanceScope scope,
            LocalDate validUntil, LocalDate decidedOn, String clinician) {
    }

    @PostMapping("/api/v1/patients/{id}/clearance-requests")
    @ApiResponse(responseCode = "201", description = "Requested; Location names the clearance request")
    @RouteAccess(value = Audience.THERAPIST, patientData = true)
    ResponseEntity<RequestView> request(@PathVariable UUID id, @RequestBody(required = false) RequestBodyNote body,
            @AuthenticationPrincipal CurrentUser therapist) {
        Clearances.Asked asked = clearances.request(therapist, id, body == null ? null : body.note());
        RequestView view = RequestView.of(asked.request(), null, null);
        return asked.addedToOpen() ? ResponseEntity.ok(view)
                : ResponseEntity.created(URI.create("/api/v1/clearance-requests/" + asked.request().publicId())).body(view);
    }

    /** The clinician's queue: {@code status=OPEN} (not yet answered), {@code MORE_INFO}, or {@code WAITING} (both). */
    @GetMapping("/api/v1/clearance-requests")
    @RouteAccess(value = Audience.CLINICIAN, patientData = true)
    List<RequestView> queue(@RequestParam(defaultValue = "WAITING") String status,
            @AuthenticationPrincipal CurrentUser clinician) {
        return clearances.queue(clinician).stream()
                .filter(item -> status.equalsIgnoreCase("WAITING") || item.request().status().name().equalsIgnoreCase(status))
                .map(item -> RequestView.of(item.request(), item.patient().displayName(), item.change())).toList();
    }

    @PostMapping("/api/v1/clearance-requests/{id}/decision")
    @RouteAccess(value = Audience.CLINICIAN, patientData = true)
    DecisionView decide(@PathVariable UUID id, @RequestBody DecisionInput body,
            @AuthenticationPrincipal CurrentUser clinician) {
        ClearanceDecision d = clearances.decide(clinician, id, body);
        return new DecisionView(d.publicId(), id, d.kind().name(), d.reason(), d.scope(), d.validUntil(),
                d.decidedOn(), d.clinicianName());
    }

    @GetMapping("/api/v1/patients/{id}/safety")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    SafetyView safety(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return SafetyView.of(safety.today(user, id));
    }
}
