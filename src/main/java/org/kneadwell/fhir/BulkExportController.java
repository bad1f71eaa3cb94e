package org.kneadwell.fhir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.PublicAddress;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The FHIR Bulk Data export of the whole clinic (system level, for admins with a bearer token; the export always
 * runs in the background, so {@code Prefer: respond-async} is assumed whether sent or not): kick-off
 * {@code GET /fhir/$export} (202 and a status URL in Content-Location), status {@code GET /fhir/$export-status/{job}}
 * (202 with X-Progress while it runs, then the manifest), files {@code GET /fhir/$export-file/{file}} (NDJSON), and
 * {@code DELETE} on the status URL. A job is its requester's: anyone else gets 404, as for a job that does not exist.
 */
@Controller
class BulkExportController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/fhir+ndjson");
    private static final List<String> FORMATS = List.of("application/fhir+ndjson", "application/ndjson", "ndjson");

    private final BulkExport exports;
    private final FhirRecords records;
    private final PublicAddress address;
    private final AuditTrail audit;
    private final JsonMapper json = JsonMapper.builder().build();

    BulkExportController(BulkExport exports, FhirRecords records, PublicAddress address, AuditTrail audit) {
        this.exports = exports;
        this.records = records;
        this.address = address;
        this.audit = audit;
    }

    @GetMapping("/fhir/$export")
    @ResponseBody
    @RouteAccess(value = Audience.ADMIN, patientData = true)
    ResponseEntity<byte[]> kickOff(@RequestParam(name = "_outputFormat", required = false) String format,
            @RequestParam(name = "_type", required = false) String type,
            @RequestParam(name = "_since", required = false) String since,
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        List<Problem> problems = new ArrayList<>();
        if (format != null && !FORMATS.contains(format)) {
            problems.add(new Problem("_outputFormat", "The only output format is application/fhir+ndjson."));
        }
        if (since != null) {
            problems.add(new Problem("_since", "_since is not supported: every export holds the whole record."));
        }
        List<String> types = type == null || type.isBlank() ? List.of()
                : List.of(type.split(",")).stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        List<String> unknown = BulkExport.unknownTypes(types);
        if (!unknown.isEmpty()) {
            problems.add(new Problem("_type", "Not exported here: " + String.join(", ", unknown) + ". The types are "
                    + String.join(", ", BulkExport.TYPES) + "."));
        }
        if (!problems.isEmpty()) {
            OperationOutcome outcome = new OperationOutcome();
            problems.forEach(p -> outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.INVALID)
                    .setDiagnostics(p.message()).addExpression(p.parameter()));
            return fhir(HttpStatus.BAD_REQUEST, outcome);
        }
        String requestUrl = address.base() + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        UUID job = exports.start(user, types, requestUrl);
        return ResponseEntity.status(HttpStatus.ACCEPTED).contentType(FhirController.FHIR_JSON)
                .header(HttpHeaders.CONTENT_LOCATION, statusUrl(job))
                .body(records.json(FhirController.outcome(IssueSeverity.INFORMATION, IssueType.INFORMATIONAL,
                        "The export has started; poll the status URL in Content-Location.")));
    }

    @GetMapping("/fhir/$export-status/{job}")
    @ResponseBody
    @RouteAccess(value = Audience.ADMIN, patientData = true)
    ResponseEntity<byte[]> status(@PathVariable String job, @AuthenticationPrincipal CurrentUser user) {
        BulkExport.Job j = exports.job(user, id(job)).filter(x -> x.status() != BulkExport.Status.CANCELLED)
                .orElseThrow(NoSuchExport::new);
        return switch (j.status()) {
            case RUNNING -> ResponseEntity.status(HttpStatus.ACCEPTED).header("X-Progress",
                    j.patientsDone() + " of " + j.patientsTotal() + " patients").header(HttpHeaders.RETRY_AFTER, "2")
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
            case FAILED -> fhir(HttpStatus.INTERNAL_SERVER_ERROR, FhirController.outcome(IssueSeverity.ERROR,
                    IssueType.EXCEPTION, j.error()));
            case COMPLETED -> manifest(j);
            case CANCELLED -> throw new NoSuchExport();
        };
    }

    private ResponseEntity<byte[]> manifest(BulkExport.Job j) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("transactionTime", DateTimeFormatter.ISO_INSTANT.format(j.requestedAt()));
        manifest.put("request", j.request());
        manifest.put("requiresAccessToken", true);
        List<Map<String, Object>> output = new ArrayList<>();
        j.output().forEach((type, count) -> output.add(Map.of("type", type, "url",
                address.base() + "/fhir/$export-file/" + j.id() + "-" + type + ".ndjson", "count", count)));
        manifest.put("output", output);
        manifest.put("error", List.of());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.EXPIRES, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        j.finishedAt().plus(BulkExport.KEPT).atZone(java.time.ZoneOffset.UTC)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(json.writeValueAsBytes(manifest));
    }

    @DeleteMapping("/fhir/$export-status/{job}")
    @ResponseBody
    @RouteAccess(value = Audience.ADMIN, patientData = true)
    ResponseEntity<byte[]> delete(@PathVariable String job, @AuthenticationPrincipal CurrentUser user) {
        if (!exports.delete(user, id(job))) {
            throw new NoSuchExport();
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
    }

    /** One file of a finished export: {@code <job>-<Type>.ndjson}, streamed from disk. */
    @GetMapping("/fhir/$export-file/{file}")
    @RouteAccess(value = Audience.ADMIN, patientData = true)
    ResponseEntity<Resource> file(@PathVariable String file, @AuthenticationPrincipal CurrentUser user) {
        int dash = file.lastIndexOf('-');
        if (dash < 0 || !file.endsWith(".ndjson")) {
            throw new NoSuchExport();
        }
        UUID job = id(file.substring(0, dash));
        String type = file.substring(dash + 1, file.length() - ".ndjson".length());
        Path path = exports.file(user, job, type).orElseThrow(NoSuchExport::new);
        audit.read(user, "fhir.bulk-export.download", null, "fhir-export-file", job + "/" + type);
        return ResponseEntity.ok().contentType(NDJSON).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentLength(size(path)).body(new FileSystemResource(path));
    }

    private record Problem(String parameter, String message) {
    }

    /** No such export, or not the caller's. */
    static final class NoSuchExport extends RuntimeException {
        NoSuchExport() {
            super("No such export");
        }
    }

    @ExceptionHandler(NoSuchExport.class)
    ResponseEntity<byte[]> notFound() {
        return fhir(HttpStatus.NOT_FOUND, FhirController.outcome(IssueSeverity.ERROR, IssueType.NOTFOUND,
                "No such export (it may have been deleted, or have expired " + BulkExport.KEPT.toHours()
                        + " hours after it ended)."));
    }

    @ExceptionHandler(BulkExport.Busy.class)
    ResponseEntity<byte[]> busy(BulkExport.Busy busy) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(FhirController.FHIR_JSON)
                .header(HttpHeaders.CONTENT_LOCATION, statusUrl(busy.running)).header(HttpHeaders.RETRY_AFTER, "10")
                .body(records.json(FhirController.outcome(IssueSeverity.ERROR, IssueType.THROTTLED,
                        "An export of yours is still running: follow it at the status URL, or delete it first.")));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<byte[]> denied() {
        return fhir(HttpStatus.FORBIDDEN, FhirController.outcome(IssueSeverity.ERROR, IssueType.FORBIDDEN,
                "Only admins export the clinic."));
    }

    private String statusUrl(UUID job) {
        return address.base() + "/fhir/$export-status/" + job;
    }

    private static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NoSuchExport();
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (java.io.IOException e) {
            throw new NoSuchExport();
        }
    }

    private ResponseEntity<byte[]> fhir(HttpStatus status, OperationOutcome outcome) {
        return ResponseEntity.status(status).contentType(FhirController.FHIR_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(records.json(outcome));
    }
}
