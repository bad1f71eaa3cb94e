package org.kneadwell.report;

import java.time.LocalDate;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PDF downloads (issue 13 items 2-4): the progress report from the chart's button (and the API, for the care
 * team) and the patient's own summary from their home page (and the API). Someone else's patient is not found.
 */
@RestController
class ReportController {

    private final Reports reports;
    private final ClinicSettings clinic;
    private final java.time.Clock clock;

    ReportController(Reports reports, ClinicSettings clinic, java.time.Clock clock) {
        this.reports = reports;
        this.clinic = clinic;
        this.clock = clock;
    }

    @GetMapping("/patients/{id}/report.pdf")
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    ResponseEntity<byte[]> report(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return pdf(reports.progressPdf(user, id), "progress-report");
    }

    @GetMapping("/patients/{id}/summary.pdf")
    @RouteAccess(value = Audience.PATIENT, patientData = true)
    ResponseEntity<byte[]> summary(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return pdf(reports.summaryPdf(user, id), "my-summary");
    }

    @GetMapping("/api/v1/patients/{id}/report.pdf")
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    ResponseEntity<byte[]> apiReport(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return pdf(reports.progressPdf(user, id), "progress-report");
    }

    @GetMapping("/api/v1/patients/{id}/summary.pdf")
    @RouteAccess(value = Audience.PATIENT, patientData = true)
    ResponseEntity<byte[]> apiSummary(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return pdf(reports.summaryPdf(user, id), "my-summary");
    }

    private ResponseEntity<byte[]> pdf(byte[] document, String name) {
        LocalDate today = clinic.today(clock);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "-" + today + ".pdf").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(document);
    }
}
