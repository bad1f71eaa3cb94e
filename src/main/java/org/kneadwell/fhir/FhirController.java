package org.kneadwell.fhir;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.outcome.InvalidOutcomeException;
import org.kneadwell.outcome.ItemProblem;
import org.kneadwell.patient.PatientNotFoundException;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.shared.PublicAddress;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The FHIR R4 REST API under {@code /fhir}: the capability statement (public), Patient read, Patient
 * {@code $everything} and Observation search. Bearer tokens as for {@code /api/v1}; JSON only
 * ({@code application/fhir+json}), written by HAPI's parser; every error is an OperationOutcome, and a patient the
 * caller may not see is a 404 like one that does not exist.
 */
@Controller
class FhirController {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");
    private static final Logger log = LoggerFactory.getLogger(FhirController.class);

    private final FhirRecords records;
    private final FhirImport importer;
    private final CodeSystems codeSystems;
    private final PatientRecords patients;
    private final PublicAddress address;

    FhirController(FhirRecords records, FhirImport importer, CodeSystems codeSystems, PatientRecords patients,
            PublicAddress address) {
        this.codeSystems = codeSystems;
        this.records = records;
        this.importer = importer;
        this.patients = patients;
        this.address = address;
    }

    @GetMapping("/fhir/metadata")
    @ResponseBody
    @RouteAccess(Audience.PUBLIC)
    ResponseEntity<byte[]> metadata() {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setDate(new Date());
        cs.setPublisher("Kneadwell");
        cs.setKind(CapabilityStatementKind.INSTANCE);
        cs.getSoftware().setName("Kneadwell");
        cs.getImplementation().setDescription("Kneadwell FHIR R4 API").setUrl(base());
        cs.setFhirVersion(FHIRVersion._4_0_1);
        cs.addFormat("application/fhir+json");
        var rest = cs.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.getSecurity().setDescription("Send Authorization: Bearer <token>, the same tokens as /api/v1 "
                + "(POST /api/v1/auth/token). No SMART on FHIR scopes. A patient the caller may not see answers 404.");
        String imports = "Staff import a Bundle at the base (POST /fhir) of Patient, Condition, Observation and "
                + "QuestionnaireResponse: patients matched by identifier, observations of our measures (our instrument "
                + "codes or their LOINC codes) stored as measurements, conditions and responses kept as received; "
                + "idempotent; other resource types ignored and reported per entry; at most " + FhirImport.MAX_ENTRIES
                + " entries, " + FhirImport.MAX_BYTES / (1024 * 1024) + " MB and " + FhirImport.MAX_DEPTH
                + " levels of nesting.";
        rest.addInteraction().setCode(CapabilityStatement.SystemRestfulInteraction.TRANSACTION)
                .setDocumentation(imports + " A transaction is all or nothing: one invalid entry refuses it.");
        rest.addInteraction().setCode(CapabilityStatement.SystemRestfulInteraction.BATCH)
                .setDocumentation(imports + " A batch or collection stores its valid entries and reports the rest; "
                        + "a reference that does not resolve or an invalid patient still refuses the whole bundle.");
        rest.addOperation().setName("export").setDefinition("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export")
                .setDocumentation("Admins only: FHIR Bulk Data export of the whole clinic as NDJSON (kick-off, status "
                        + "at $export-status/{job}, files at $export-file/...); _type and _outputFormat "
                        + "(application/fhir+ndjson) supported, _since not; files kept " + BulkExport.KEPT.toHours()
                        + " hours.");
        var codeSystem = rest.addResource().setType("CodeSystem");
        codeSystem.addInteraction().setCode(TypeRestfulInteraction.READ);
        codeSystem.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        codeSystem.addSearchParam().setName("url").setType(SearchParamType.URI)
                .setDefinition("http://hl7.org/fhir/SearchParameter/CodeSystem-url")
                .setDocumentation("Our vocabularies live under " + Codes.CODE_SYSTEM + "; public, no token needed");
        var patient = rest.addResource().setType("Patient");
        patient.addInteraction().setCode(TypeRestfulInteraction.READ);
        patient.addOperation().setName("everything")
                .setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-everything")
                .setDocumentation("A collection bundle of the patient's record; the response header X-Content-SHA256 "
                        + "(and Content-Digest) carries the SHA-256 of the bytes sent.");
        var observation = rest.addResource().setType("Observation");
        observation.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        observation.addSearchParam().setName("patient").setType(SearchParamType.REFERENCE)
                .setDefinition("http://hl7.org/fhir/SearchParameter/clinical-patient")
                .setDocumentation("Required for staff; a patient's own record if left out by the patient");
        observation.addSearchParam().setName("code").setType(SearchParamType.TOKEN)
                .setDefinition("http://hl7.org/fhir/SearchParameter/clinical-code")
                .setDocumentation("One code: LOINC (http://loinc.org|72514-3) or ours (" + Codes.INSTRUMENT + "|PEG)");
        observation.addSearchParam().setName("date").setType(SearchParamType.DATE)
                .setDefinition("http://hl7.org/fhir/SearchParameter/clinical-date")
                .setDocumentation("Prefixes eq, ge, gt, le, lt; dates are UTC days");
        return fhir(HttpStatus.OK, cs);
    }

    /** One of our vocabularies (public, like the capability statement: no patient data). */
    @GetMapping("/fhir/CodeSystem/{id}")
    @ResponseBody
    @RouteAccess(Audience.PUBLIC)
    ResponseEntity<byte[]> codeSystem(@PathVariable String id) {
        return codeSystems.byId(id).map(cs -> fhir(HttpStatus.OK, cs)).orElseGet(() -> fhir(HttpStatus.NOT_FOUND,
                outcome(IssueSeverity.ERROR, IssueType.NOTFOUND, "No code system " + id + " here; GET /fhir/CodeSystem "
                        + "lists them.")));
    }

    /** Every vocabulary of ours, or the one with {@code url}. */
    @GetMapping("/fhir/CodeSystem")
    @ResponseBody
    @RouteAccess(Audience.PUBLIC)
    ResponseEntity<byte[]> codeSystems(@RequestParam(required = false) String url) {
        Bundle bundle = new Bundle().setType(BundleType.SEARCHSET);
        bundle.setId(UUID.randomUUID().toString());
        codeSystems.all().values().stream().filter(cs -> url == null || cs.getUrl().equals(url))
                .forEach(cs -> bundle.addEntry().setFullUrl(base() + "/CodeSystem/" + cs.getIdPart()).setResource(cs)
                        .getSearch().setMode(SearchEntryMode.MATCH));
        bundle.setTotal(bundle.getEntry().size());
        return fhir(HttpStatus.OK, bundle);
    }

    @GetMapping("/fhir/Patient/{id}")
    @ResponseBody
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN },
            patientData = true)
    ResponseEntity<byte[]> patient(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return fhir(HttpStatus.OK, records.patient(user, id));
    }

    @GetMapping("/fhir/Patient/{id}/$everything")
    @ResponseBody
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    ResponseEntity<byte[]> everything(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        FhirRecords.Exported export = records.everything(user, id, base());
        return exported(export).body(export.json());
    }

    /**
     * Import: a transaction or collection Bundle (see {@link FhirImport}). Answers a transaction-response or
     * batch-response bundle with each entry's fate; a refused import answers an OperationOutcome and stores nothing.
     */
    @PostMapping("/fhir")
    @ResponseBody
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN }, patientData = true)
    ResponseEntity<byte[]> importBundle(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request)
            throws IOException {
        if (request.getContentLengthLong() > FhirImport.MAX_BYTES) {
            throw new FhirImport.Refused(HttpStatus.PAYLOAD_TOO_LARGE, IssueType.TOOLONG, "Bundle",
                    "A bundle may be at most " + FhirImport.MAX_BYTES / (1024 * 1024) + " MB.");
        }
        byte[] body = request.getInputStream().readNBytes(FhirImport.MAX_BYTES + 1);
        return fhir(HttpStatus.OK, importer.run(user, body));
    }

    @GetMapping("/fhir/Observation")
    @ResponseBody
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    ResponseEntity<byte[]> observations(@RequestParam(required = false) String patient,
            @RequestParam(required = false) String code, @RequestParam(required = false) List<String> date,
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        String self = base() + "/Observation" + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Optional<UUID> patientId = patient == null || patient.isBlank()
                ? patients.ownRecord(user).map(p -> p.publicId())
                : Optional.of(patientId(patient));
        if (patientId.isEmpty()) {
            Bundle empty = new Bundle().setType(BundleType.SEARCHSET).setTotal(0);
            empty.setId(UUID.randomUUID().toString());
            empty.addLink().setRelation("self").setUrl(self);
            empty.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(outcome(IssueSeverity.WARNING,
                    IssueType.INCOMPLETE, "This server searches one patient's observations at a time: add patient=."))
                    .getSearch().setMode(SearchEntryMode.OUTCOME);
            return fhir(HttpStatus.OK, empty);
        }
        String instrument = null;
        if (code != null && !code.isBlank()) {
            int bar = code.indexOf('|');
            String system = bar < 0 ? null : code.substring(0, bar);
            String value = bar < 0 ? code : code.substring(bar + 1);
            Optional<String> ours = records.instrumentCode(system == null || system.isEmpty() ? null : system, value);
            if (ours.isEmpty()) {
                throw new BadSearch("code", "No observations are recorded under the code " + code + ".");
            }
            instrument = ours.get();
        }
        Instant from = null;
        Instant to = null;
        for (String d : date == null ? List.<String>of() : date) {
            Range range = Range.parse(d);
            from = range.from() == null ? from : from == null || range.from().isAfter(from) ? range.from() : from;
            to = range.to() == null ? to : to == null || range.to().isBefore(to) ? range.to() : to;
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadSearch("date", "The dates leave no time between them.");
        }
        return fhir(HttpStatus.OK, records.observations(user, patientId.get(), instrument, from, to, base(), self));
    }

    /** A date search value with its prefix, as a half-open range of instants (UTC days). */
    record Range(Instant from, Instant to) {
        static Range parse(String value) {
            String prefix = value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(0, 2) : "eq";
            String when = value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(2) : value;
            Instant start;
            Instant end;
            try {
                if (when.length() == 10) {
                    start = LocalDate.parse(when).atStartOfDay().toInstant(ZoneOffset.UTC);
                    end = start.plus(1, ChronoUnit.DAYS);
                } else {
                    start = java.time.OffsetDateTime.parse(when).toInstant();
                    end = start.plusMillis(1);
                }
            } catch (DateTimeParseException e) {
                throw new BadSearch("date", "Give dates as YYYY-MM-DD or a date-time with its offset, after an "
                        + "optional prefix (eq, ge, gt, le, lt).");
            }
            return switch (prefix) {
                case "eq" -> new Range(start, end);
                case "ge" -> new Range(start, null);
                case "gt" -> new Range(end, null);
                case "le" -> new Range(null, end);
                case "lt" -> new Range(null, start);
                default -> throw new BadSearch("date", "Date prefixes are eq, ge, gt, le and lt.");
            };
        }
    }

    /** A search this server cannot answer as asked. */
    static final class BadSearch extends RuntimeException {
        final String parameter;

        BadSearch(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }
    }

    private static UUID patientId(String reference) {
        String id = reference.startsWith("Patient/") ? reference.substring("Patient/".length()) : reference;
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new PatientNotFoundException();
        }
    }

    @ExceptionHandler(PatientNotFoundException.class)
    ResponseEntity<byte[]> notFound() {
        return fhir(HttpStatus.NOT_FOUND, outcome(IssueSeverity.ERROR, IssueType.NOTFOUND, "No such patient."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<byte[]> denied(AccessDeniedException ex) {
        return fhir(HttpStatus.FORBIDDEN, outcome(IssueSeverity.ERROR, IssueType.FORBIDDEN,
                "Your role may not use this route."));
    }

    @ExceptionHandler(FhirImport.Refused.class)
    ResponseEntity<byte[]> refused(FhirImport.Refused ex) {
        OperationOutcome outcome = new OperationOutcome();
        for (FhirImport.Problem p : ex.problems) {
            outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(ex.type).setDiagnostics(p.message())
                    .addExpression(p.expression());
        }
        return fhir(ex.status, outcome);
    }

    @ExceptionHandler(org.kneadwell.patient.InvalidPatientDetailsException.class)
    ResponseEntity<byte[]> invalidPatient(org.kneadwell.patient.InvalidPatientDetailsException ex) {
        OperationOutcome outcome = new OperationOutcome();
        ex.fieldErrors().keySet().forEach(field -> outcome.addIssue().setSeverity(IssueSeverity.ERROR)
                .setCode(IssueType.INVALID).setDiagnostics("The patient's " + field + " is not one we can record.")
                .addExpression("Patient." + field));
        return fhir(HttpStatus.BAD_REQUEST, outcome);
    }

    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ResponseEntity<byte[]> conflict() {
        return fhir(HttpStatus.CONFLICT, outcome(IssueSeverity.ERROR, IssueType.CONFLICT,
                "Another import of the same records ran at the same moment; nothing of this one was stored. "
                        + "Send it again."));
    }

    @ExceptionHandler(BadSearch.class)
    ResponseEntity<byte[]> badSearch(BadSearch ex) {
        OperationOutcome outcome = outcome(IssueSeverity.ERROR, IssueType.INVALID, ex.getMessage());
        outcome.getIssueFirstRep().addExpression(ex.parameter);
        return fhir(HttpStatus.BAD_REQUEST, outcome);
    }

    @ExceptionHandler(InvalidOutcomeException.class)
    ResponseEntity<byte[]> invalid(InvalidOutcomeException ex) {
        OperationOutcome outcome = new OperationOutcome();
        for (ItemProblem p : ex.problems()) {
            outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.INVALID).setDiagnostics(p.message())
                    .addExpression(p.item());
        }
        return fhir(HttpStatus.BAD_REQUEST, outcome);
    }

    @ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
    ResponseEntity<byte[]> badRequest(Exception ex) {
        if (ex instanceof MethodArgumentTypeMismatchException mismatch && "id".equals(mismatch.getName())) {
            return notFound();
        }
        return fhir(HttpStatus.BAD_REQUEST, outcome(IssueSeverity.ERROR, IssueType.INVALID,
                "A parameter does not have the expected format."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception ex) {
        String incident = UUID.randomUUID().toString();
        log.error("FHIR request failed, incident {}", incident, ex);
        return fhir(HttpStatus.INTERNAL_SERVER_ERROR, outcome(IssueSeverity.FATAL, IssueType.EXCEPTION,
                "Something went wrong on our side (incident " + incident + ")."));
    }

    private String base() {
        return address.base() + "/fhir";
    }

    private ResponseEntity<byte[]> fhir(HttpStatus status, Resource resource) {
        return ResponseEntity.status(status).contentType(FHIR_JSON).header("Cache-Control", "no-store")
                .body(records.json(resource));
    }

    /** The headers of an export: the bundle's SHA-256 in hex (X-Content-SHA256) and as RFC 9530 Content-Digest. */
    static ResponseEntity.BodyBuilder exported(FhirRecords.Exported export) {
        String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(export.sha256()));
        return ResponseEntity.ok().contentType(FHIR_JSON).header("Cache-Control", "no-store")
                .header("X-Content-SHA256", export.sha256()).header("Content-Digest", "sha-256=:" + base64 + ":");
    }

    static OperationOutcome outcome(IssueSeverity severity, IssueType type, String text) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(severity).setCode(type).setDiagnostics(text);
        return outcome;
    }
}
