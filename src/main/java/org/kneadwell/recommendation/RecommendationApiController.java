package org.kneadwell.recommendation;

import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The ranked techniques for a patient today, with both the clinical and the plain explanation of every factor. */
@RestController
class RecommendationApiController {

    private final PatientRecommendations recommendations;

    RecommendationApiController(PatientRecommendations recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping("/api/v1/patients/{id}/recommendations")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    Recommendation recommendations(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return recommendations.today(user, id);
    }
}
