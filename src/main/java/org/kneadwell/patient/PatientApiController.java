package org.kneadwell.patient;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The patient API: the caller's patients only, and 404 for anyone else's. */
@RestController
@RequestMapping("/api/v1/patients")
class PatientApiController {

    private final PatientRecords records;

    PatientApiController(PatientRecords records) {
        this.records = records;
    }

    record PatientSummary(UUID id, String givenName, String familyName, LocalDate dateOfBirth) {
        static PatientSummary of(Patient p) {
            return new PatientSummary(p.publicId(), p.details().givenName(), p.details().familyName(),
                    p.details().dateOfBirth());
        }
    }

    record TeamMember(UUID accountId, String displayName, TeamRole role) {
    }

    record PatientResponse(UUID id, String givenName, String familyName, LocalDate dateOfBirth, int age,
            String email, String phone, String emergencyContactName, String emergencyContactPhone,
            String preferredLanguage, String referralNote, boolean hasAccount, List<TeamMember> careTeam) {

        static PatientResponse of(PatientChart chart) {
            Patient p = chart.patient();
            PatientDetails d = p.details();
            return new PatientResponse(p.publicId(), d.givenName(), d.familyName(), d.dateOfBirth(), chart.age(),
                    d.email(), d.phone(), d.emergencyContactName(), d.emergencyContactPhone(), d.preferredLanguage(),
                    d.referralNote(), p.accountId() != null, chart.careTeam().stream()
                            .map(m -> new TeamMember(m.accountPublicId(), m.displayName(), m.teamRole())).toList());
        }
    }

    @GetMapping
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN }, patientData = true)
    List<PatientSummary> search(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal CurrentUser user) {
        return records.search(user, q.length() > 100 ? q.substring(0, 100) : q).stream().map(PatientSummary::of).toList();
    }

    @GetMapping("/{id}")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN }, patientData = true)
    PatientResponse get(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return PatientResponse.of(records.chart(user, id));
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Registered; Location names the new patient")
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN }, patientData = true)
    ResponseEntity<PatientResponse> register(@Valid @RequestBody PatientForm body, @AuthenticationPrincipal CurrentUser user) {
        Patient patient = records.register(user, body.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/patients/" + patient.publicId()))
                .body(PatientResponse.of(records.chart(user, patient.publicId())));
    }
}
