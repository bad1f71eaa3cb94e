package org.kneadwell.clearance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.screening.EvaluateRequest;
import org.kneadwell.screening.ScreeningResponse;
import org.kneadwell.screening.Screenings;
import org.kneadwell.screening.StoredScreening;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Screenings stored through the API (clinic tablets and kiosks): stored exactly as a submitted intake (history,
 * alerts, clearance requests, contract §5), answered with the screen and the effective safety that follows. The
 * answer composes both, so it lives with effective safety.
 */
@RestController
class ScreeningRecordApiController {

    private final Screenings screenings;
    private final PatientSafety safety;

    ScreeningRecordApiController(Screenings screenings, PatientSafety safety) {
        this.screenings = screenings;
        this.safety = safety;
    }

    /** A stored screening: its id, when it was made, and the evaluate API's answer for it. */
    record StoredView(UUID id, Instant createdAt, ScreeningResponse result) {
        static StoredView of(StoredScreening stored) {
            return new StoredView(stored.publicId(), stored.createdAt(), ScreeningResponse.of(stored.result()));
        }
    }

    /** The answer to storing one: the screen, and effective safety today as {@code GET …/safety} shows it. */
    record Recorded(UUID id, ScreeningResponse result, ClearanceApiController.SafetyView safety) {
    }

    @PostMapping("/api/v1/patients/{id}/screenings")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    ResponseEntity<Recorded> record(@PathVariable UUID id, @RequestBody EvaluateRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        StoredScreening stored = screenings.record(user, id, body);
        Recorded answer = new Recorded(stored.publicId(), ScreeningResponse.of(stored.result()),
                ClearanceApiController.SafetyView.of(safety.today(user, id)));
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    /** The patient's screening history, newest first. */
    @GetMapping("/api/v1/patients/{id}/screenings")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    List<StoredView> history(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return screenings.history(user, id).stream().map(StoredView::of).toList();
    }
}
