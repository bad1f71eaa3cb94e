package org.kneadwell.fhir;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.outcome.Instrument;
import org.kneadwell.outcome.ItemProblem;
import org.kneadwell.outcome.Measurement;
import org.kneadwell.outcome.Outcomes;
import org.kneadwell.outcome.Outcomes.ImportedMeasurement;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientDetails;
import org.kneadwell.patient.PatientNotFoundException;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.shared.ClinicSettings;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /fhir}: a transaction or collection Bundle from another system (another clinic, a synthetic-patient
 * generator, our own export) brought into this clinic.
 * <ul>
 * <li>Patients are matched by identifier: ours (a record exported from a Kneadwell clinic keeps its id), or one
 * another system gave them and an earlier import recorded; otherwise a new record is opened.</li>
 * <li>Observations of a measure we use (our instrument code, or its LOINC code) become measurements; conditions and
 * questionnaire responses are kept as received and travel on in every export; anything else is ignored and
 * reported.</li>
 * <li>Idempotent: what is already on the record (the same measurement, a resource with the same identifier or the
 * same content) is reported as already present, not stored twice.</li>
 * <li>All or nothing: malformed JSON, something that is not a Bundle, a bundle over the limits, a reference that
 * does not resolve, an invalid patient, and a patient the caller may not add to refuse the whole import (nothing
 * stored). An invalid clinical resource refuses a transaction; in a collection it is skipped and reported, and the
 * rest is stored in one database transaction.</li>
 * </ul>
 */
@Service
class FhirImport {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    static final int MAX_DEPTH = 64;
    private static final String AUDIT = "fhir.import";
    /** As the patient module refuses at registration. */
    private static final int OLDEST_AGE = 130;
    /** The longest identifier system and value we record (V26). */
    private static final int MAX_IDENTIFIER = 300;

    private final FhirRecords records;
    private final PatientRecords patients;
    private final Outcomes outcomes;
    private final ImportedRecords imported;
    private final AuditTrail audit;
    private final ClinicSettings clinic;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final JsonMapper json = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build()).build();

    FhirImport(FhirRecords records, PatientRecords patients, Outcomes outcomes, ImportedRecords imported,
            AuditTrail audit, ClinicSettings clinic, Clock clock, TransactionTemplate transaction) {
        this.records = records;
        this.patients = patients;
        this.outcomes = outcomes;
        this.imported = imported;
        this.audit = audit;
        this.clinic = clinic;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** One problem the import met: where (a FHIRPath into the bundle) and what, in words. */
    record Problem(String expression, String message) {
    }

    /** The whole import is refused; nothing was stored. */
    static final class Refused extends RuntimeException {
        final HttpStatus status;
        final IssueType type;
        final List<Problem> problems;

        Refused(HttpStatus status, IssueType type, List<Problem> problems) {
            super(problems.isEmpty() ? "refused" : problems.get(0).message());
            this.status = status;
            this.type = type;
            this.problems = List.copyOf(problems);
        }

        Refused(HttpStatus status, IssueType type, String expression, String message) {
            this(status, type, List.of(new Problem(expression, message)));
        }
    }

    /** What became of one entry. */
    private enum Fate {
        CREATED("201 Created"), PRESENT("200 OK"), SKIPPED("422 Unprocessable Entity"), IGNORED("200 OK");

        final String status;

        Fate(String status) {
            this.status = status;
        }
    }

    /** One entry of the bundle as the import understood it. */
    private static final class Entry {
        final int index;
        final String type;
        Resource resource;
        PatientRef patient;
        Fate fate;
        String location;
        final List<Problem> problems = new ArrayList<>();
        IssueSeverity severity = IssueSeverity.INFORMATION;
        ImportedMeasurement measurement;
        String identity;

        Entry(int index, String type) {
            this.index = index;
            this.type = type;
        }

        String at() {
            return "Bundle.entry[" + index + "]";
        }

        void skip(Fate fate, IssueSeverity severity, String message) {
            this.fate = fate;
            this.severity = severity;
            problems.add(new Problem(at() + ".resource", message));
        }
    }

    /** A patient of the bundle: an existing record of ours, or one to open. */
    private static final class PatientRef {
        UUID id;
        final boolean existing;
        /** Found by our own id: a record of this clinic, so what our own export carries of it is already here. */
        boolean ours;
        final UUID travellingId;
        final PatientDetails details;
        final List<Identifier> identifiers;
        Entry entry;

        PatientRef(UUID id, boolean existing, UUID travellingId, PatientDetails details, List<Identifier> identifiers) {
            this.id = id;
            this.existing = existing;
            this.travellingId = travellingId;
            this.details = details;
            this.identifiers = identifiers;
        }
    }

    /** Imports the bundle in {@code body} for {@code user}; the answer is a transaction- or batch-response bundle. */
    Bundle run(CurrentUser user, byte[] body) {
        if (!patients.mayRegister(user)) {
            throw new AccessDeniedException("Only staff import records");
        }
        JsonNode root = parse(body);
        BundleType type = bundleType(root);
        JsonNode entries = root.path("entry");
        if (!entries.isMissingNode() && !entries.isArray()) {
            throw new Refused(HttpStatus.BAD_REQUEST, IssueType.STRUCTURE, "Bundle.entry", "entry must be a list.");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new Refused(HttpStatus.PAYLOAD_TOO_LARGE, IssueType.TOOLONG, "Bundle.entry",
                    "A bundle may hold at most " + MAX_ENTRIES + " entries; this one holds " + entries.size() + ".");
        }
        boolean strict = type == BundleType.TRANSACTION;
        List<Entry> all = new ArrayList<>();
        Map<String, PatientRef> byReference = new HashMap<>();
        List<Problem> refusals = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = read(entries.get(i), i);
            all.add(entry);
            if (entry.resource instanceof org.hl7.fhir.r4.model.Patient p && entry.fate == null) {
                PatientRef ref = patient(user, entry, p, refusals);
                if (ref != null) {
                    ref.entry = entry;
                    entry.patient = ref;
                    referenceKeys(entries.get(i), p).forEach(key -> byReference.put(key, ref));
                }
            }
        }
        for (Entry entry : all) {
            if (entry.fate == null && !(entry.resource instanceof org.hl7.fhir.r4.model.Patient)) {
                clinical(user, entry, byReference, refusals);
            }
        }
        if (!refusals.isEmpty()) {
            boolean notFound = refusals.stream().allMatch(p -> p.message().equals(NO_SUCH_PATIENT));
            throw new Refused(notFound ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
                    notFound ? IssueType.NOTFOUND : IssueType.INVALID, refusals);
        }
        if (strict) {
            List<Problem> invalid = all.stream().filter(e -> e.fate == Fate.SKIPPED).flatMap(e -> e.problems.stream())
                    .toList();
            if (!invalid.isEmpty()) {
                throw new Refused(HttpStatus.UNPROCESSABLE_CONTENT, IssueType.INVALID, invalid);
            }
        }
        transaction.executeWithoutResult(status -> store(user, all));
        return response(type, all);
    }

    private JsonNode parse(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw new Refused(HttpStatus.PAYLOAD_TOO_LARGE, IssueType.TOOLONG, "Bundle",
                    "A bundle may be at most " + MAX_BYTES / (1024 * 1024) + " MB.");
        }
        try {
            JsonNode root = json.readTree(body);
            if (root == null || !root.isObject()) {
                throw new Refused(HttpStatus.BAD_REQUEST, IssueType.STRUCTURE, "Bundle",
                        "Send one FHIR resource, a Bundle, as a JSON object.");
            }
            return root;
        } catch (tools.jackson.core.exc.StreamConstraintsException deep) {
            throw new Refused(HttpStatus.BAD_REQUEST, IssueType.TOOLONG, "Bundle",
                    "The JSON is nested more than " + MAX_DEPTH + " levels deep.");
        } catch (JacksonException malformed) {
            throw new Refused(HttpStatus.BAD_REQUEST, IssueType.STRUCTURE, "Bundle",
                    "The body is not well-formed JSON" + (malformed.getLocation() == null ? "."
                            : " (line " + malformed.getLocation().getLineNr() + ", column "
                                    + malformed.getLocation().getColumnNr() + ")."));
        }
    }

    private static BundleType bundleType(JsonNode root) {
        String resourceType = root.path("resourceType").asString("");
        if (!"Bundle".equals(resourceType)) {
            throw new Refused(HttpStatus.BAD_REQUEST, IssueType.NOTSUPPORTED, "resourceType",
                    "Send a Bundle (transaction or collection); this is "
                            + (resourceType.isEmpty() ? "not a FHIR resource" : "a " + resourceType) + ".");
        }
        String type = root.path("type").asString("");
        return switch (type) {
            case "transaction" -> BundleType.TRANSACTION;
            case "collection" -> BundleType.COLLECTION;
            case "batch" -> BundleType.BATCH;
            default -> throw new Refused(HttpStatus.BAD_REQUEST, IssueType.NOTSUPPORTED, "Bundle.type",
                    "The bundle's type must be transaction, batch or collection"
                            + (type.isEmpty() ? "." : "; it is " + type + "."));
        };
    }

    /** One entry: its resource parsed by HAPI on its own, so a problem is pinned to the entry it is in. */
    private Entry read(JsonNode node, int index) {
        JsonNode resource = node.path("resource");
        String type = resource.path("resourceType").asString("");
        Entry entry = new Entry(index, type);
        if (!resource.isObject() || type.isEmpty()) {
            entry.skip(Fate.SKIPPED, IssueSeverity.ERROR, "The entry has no resource.");
            return entry;
        }
        String method = node.path("request").path("method").asString("POST");
        if (!method.equals("POST") && !method.equals("PUT")) {
            entry.skip(Fate.SKIPPED, IssueSeverity.ERROR, "Only POST and PUT entries import records; this is " + method
                    + ".");
            return entry;
        }
        if (!List.of("Patient", "Condition", "Observation", "QuestionnaireResponse").contains(type)) {
            entry.skip(Fate.IGNORED, IssueSeverity.WARNING, type + " resources are not imported here; ignored.");
            return entry;
        }
        Collecting errors = new Collecting();
        IParser parser = records.context().newJsonParser().setParserErrorHandler(errors);
        try {
            IBaseResource parsed = parser.parseResource(json.writeValueAsString(resource));
            entry.resource = (Resource) parsed;
        } catch (DataFormatException | ClassCastException e) {
            errors.problems.add("The resource cannot be read as FHIR R4 " + type + ".");
        }
        if (!errors.problems.isEmpty()) {
            entry.fate = Fate.SKIPPED;
            entry.severity = IssueSeverity.ERROR;
            errors.problems.forEach(p -> entry.problems.add(new Problem(entry.at() + ".resource", p)));
        }
        return entry;
    }

    private static final String NO_SUCH_PATIENT = "No such patient.";

    /** A patient of the bundle: matched to a record here by identifier, or to be opened; invalid details refuse. */
    private PatientRef patient(CurrentUser user, Entry entry, org.hl7.fhir.r4.model.Patient p, List<Problem> refusals) {
        PatientDetails details = details(p);
        Map<String, String> shape = new LinkedHashMap<>(details.shapeProblems());
        LocalDate today = clinic.today(clock);
        if (details.dateOfBirth() != null && details.dateOfBirth().isAfter(today)) {
            shape.put("dateOfBirth", "The date of birth is in the future.");
        } else if (details.dateOfBirth() != null && details.dateOfBirth().isBefore(today.minusYears(OLDEST_AGE))) {
            shape.put("dateOfBirth", "The date of birth is more than " + OLDEST_AGE + " years ago.");
        }
        UUID travelling = null;
        boolean ours = false;
        Optional<UUID> existing = Optional.empty();
        for (Identifier id : p.getIdentifier()) {
            if (Codes.PATIENT_ID.equals(id.getSystem()) && id.hasValue()) {
                try {
                    travelling = UUID.fromString(id.getValue());
                } catch (IllegalArgumentException notOurs) {
                    shape.put("identifier", "Identifiers of " + Codes.PATIENT_ID + " are UUIDs.");
                    continue;
                }
                if (patients.exists(user, travelling)) {
                    existing = Optional.of(travelling);
                    ours = true;
                }
            }
            if (existing.isEmpty() && id.hasSystem() && id.hasValue()) {
                existing = imported.patientByIdentifier(id.getSystem(), id.getValue());
            }
        }
        if (existing.isPresent()) {
            try {
                patients.require(user, existing.get(), PatientAction.IMPORT_RECORDS);
            } catch (PatientNotFoundException hidden) {
                refusals.add(new Problem(entry.at() + ".resource", NO_SUCH_PATIENT));
                return null;
            }
            PatientRef ref = new PatientRef(existing.get(), true, null, details, p.getIdentifier());
            ref.ours = ours;
            return ref;
        }
        if (!shape.isEmpty()) {
            shape.forEach((field, message) -> refusals.add(new Problem(entry.at() + ".resource." + fhirField(field),
                    message)));
            return null;
        }
        return new PatientRef(null, false, travelling, details, p.getIdentifier());
    }

    private static String fhirField(String field) {
        return switch (field) {
            case "givenName" -> "name.given";
            case "familyName" -> "name.family";
            case "dateOfBirth" -> "birthDate";
            case "email", "phone" -> "telecom";
            case "preferredLanguage" -> "communication.language";
            default -> field;
        };
    }

    private PatientDetails details(org.hl7.fhir.r4.model.Patient p) {
        HumanName name = p.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(p.getNameFirstRep());
        String given = String.join(" ", name.getGiven().stream().map(g -> g.getValue()).filter(v -> v != null).toList());
        LocalDate born = p.hasBirthDate() && p.getBirthDateElement().getValueAsString() != null
                && p.getBirthDateElement().getValueAsString().length() == 10
                        ? LocalDate.parse(p.getBirthDateElement().getValueAsString()) : null;
        String email = p.getTelecom().stream().filter(t -> t.getSystem() == ContactPointSystem.EMAIL)
                .map(ContactPoint::getValue).findFirst().orElse(null);
        String phone = p.getTelecom().stream().filter(t -> t.getSystem() == ContactPointSystem.PHONE)
                .map(ContactPoint::getValue).findFirst().orElse(null);
        String language = p.getCommunication().stream().flatMap(c -> c.getLanguage().getCoding().stream())
                .map(Coding::getCode).filter(c -> c != null).findFirst().orElse("en");
        return new PatientDetails(given, name.getFamily(), born, email, phone, null, null, language, null);
    }

    /** Every way a resource of the bundle may name this patient: its fullUrl, Patient/id, and the fullUrl's tail. */
    private static List<String> referenceKeys(JsonNode node, org.hl7.fhir.r4.model.Patient p) {
        List<String> keys = new ArrayList<>();
        String fullUrl = node.path("fullUrl").asString("");
        if (!fullUrl.isEmpty()) {
            keys.add(fullUrl);
            int at = fullUrl.lastIndexOf("/Patient/");
            if (at >= 0) {
                keys.add(fullUrl.substring(at + 1));
            }
        }
        if (p.hasIdElement() && p.getIdElement().getIdPart() != null) {
            keys.add("Patient/" + p.getIdElement().getIdPart());
        }
        return keys;
    }

    /** An observation, condition or questionnaire response: whose it is, and whether and how it is kept. */
    private void clinical(CurrentUser user, Entry entry, Map<String, PatientRef> byReference, List<Problem> refusals) {
        Reference subject = entry.resource instanceof Observation o ? o.getSubject()
                : entry.resource instanceof Condition c ? c.getSubject()
                        : entry.resource instanceof QuestionnaireResponse q ? q.getSubject() : null;
        if (subject == null || !subject.hasReference()) {
            entry.skip(Fate.SKIPPED, IssueSeverity.ERROR, "The resource names no patient (subject).");
            return;
        }
        PatientRef patient = resolve(user, subject.getReference(), byReference);
        if (patient == null) {
            refusals.add(new Problem(entry.at() + ".resource.subject", "The reference " + subject.getReference()
                    + " does not resolve to a patient in the bundle or in this clinic."));
            return;
        }
        if (patient.id == null && patient.entry == null) {
            refusals.add(new Problem(entry.at() + ".resource.subject", NO_SUCH_PATIENT));
            return;
        }
        entry.patient = patient;
        if (entry.resource instanceof Observation o) {
            observation(entry, o);
        } else if (entry.resource instanceof Condition c) {
            kept(entry, c, c.hasCode() && (c.getCode().hasCoding() || c.getCode().hasText()),
                    "A condition needs a code.", c.getIdentifier(), c.getCode());
        } else if (entry.resource instanceof QuestionnaireResponse q) {
            kept(entry, q, q.hasStatus() && (q.hasQuestionnaire() || q.hasItem()),
                    "A questionnaire response needs a status and its questionnaire or items.",
                    q.hasIdentifier() ? List.of(q.getIdentifier()) : List.of(), null);
        }
    }

    private PatientRef resolve(CurrentUser user, String reference, Map<String, PatientRef> byReference) {
        PatientRef inBundle = byReference.get(reference);
        if (inBundle != null) {
            return inBundle;
        }
        int at = reference.lastIndexOf("Patient/");
        if (at < 0) {
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(reference.substring(at + "Patient/".length()));
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
        if (!patients.exists(user, id)) {
            return null;
        }
        try {
            patients.require(user, id, PatientAction.IMPORT_RECORDS);
        } catch (PatientNotFoundException hidden) {
            return new PatientRef(null, true, null, null, List.of()); // refused as "no such patient"
        }
        PatientRef ref = new PatientRef(id, true, null, null, List.of());
        ref.ours = true;
        byReference.put(reference, ref);
        return ref;
    }

    private void observation(Entry entry, Observation o) {
        if (o.getStatus() == ObservationStatus.ENTEREDINERROR || o.getStatus() == ObservationStatus.CANCELLED) {
            entry.skip(Fate.IGNORED, IssueSeverity.INFORMATION, "An observation " + o.getStatus().toCode()
                    + " is not a result; ignored.");
            return;
        }
        Optional<String> code = ourCode(o.getCode());
        if (code.isEmpty() && o.getCode().getCoding().stream().anyMatch(c -> Codes.INSTRUMENT.equals(c.getSystem())
                && FhirMapping.STARTBACK_RISK.equals(c.getCode()))) {
            // a STarT Back risk group from a Kneadwell clinic: no measurement here, kept as received
            kept(entry, o, o.hasValue(), "A risk group observation needs its value.", o.getIdentifier(), o.getCode());
            return;
        }
        if (code.isEmpty()) {
            entry.skip(Fate.IGNORED, IssueSeverity.WARNING, "No measure here has the code "
                    + describe(o.getCode()) + "; ignored.");
            return;
        }
        BigDecimal value = o.hasValueQuantity() ? o.getValueQuantity().getValue()
                : o.hasValueIntegerType() && o.getValueIntegerType().getValue() != null
                        ? BigDecimal.valueOf(o.getValueIntegerType().getValue()) : null;
        Instant at = o.hasEffectiveDateTimeType() && o.getEffectiveDateTimeType().getValue() != null
                ? o.getEffectiveDateTimeType().getValue().toInstant()
                : o.hasEffectivePeriod() && o.getEffectivePeriod().hasStart() ? o.getEffectivePeriod().getStart().toInstant()
                        : o.hasIssued() ? o.getIssued().toInstant() : null;
        ImportedMeasurement m = new ImportedMeasurement(code.get(), value, at);
        List<ItemProblem> problems = outcomes.importProblems(m);
        if (!problems.isEmpty()) {
            entry.fate = Fate.SKIPPED;
            entry.severity = IssueSeverity.ERROR;
            problems.forEach(p -> entry.problems.add(new Problem(entry.at() + ".resource." + p.item(), p.message())));
            return;
        }
        entry.measurement = m;
    }

    /** Our measurement code for an observation's code: ours first, then a LOINC code one of our measures carries. */
    private Optional<String> ourCode(CodeableConcept concept) {
        for (Coding coding : concept.getCoding()) {
            if (Codes.INSTRUMENT.equals(coding.getSystem()) && coding.hasCode()) {
                return records.instrumentCode(Codes.INSTRUMENT, coding.getCode());
            }
        }
        for (Coding coding : concept.getCoding()) {
            if (Codes.LOINC.equals(coding.getSystem()) && coding.hasCode()) {
                Optional<String> ours = records.instrumentCode(Codes.LOINC, coding.getCode());
                if (ours.isPresent()) {
                    return ours;
                }
            }
        }
        return Optional.empty();
    }

    private static String describe(CodeableConcept concept) {
        if (concept.hasCoding()) {
            Coding c = concept.getCodingFirstRep();
            return (c.hasSystem() ? c.getSystem() + "|" : "") + c.getCode();
        }
        return concept.hasText() ? "\"" + concept.getText() + "\"" : "(none)";
    }

    /** A condition or questionnaire response, kept as received; its identity is its identifier or its content. */
    private void kept(Entry entry, DomainResource resource, boolean valid, String invalid, List<Identifier> ids,
            CodeableConcept code) {
        if (!valid) {
            entry.skip(Fate.SKIPPED, IssueSeverity.ERROR, invalid);
            return;
        }
        Identifier id = ids.stream().filter(i -> i.hasSystem() && i.hasValue()).findFirst().orElse(null);
        entry.identity = id != null ? id.getSystem() + "|" + id.getValue() : "sha256:" + FhirRecords.sha256(
                records.canonical(resource).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (entry.identity.length() > 700) {
            entry.identity = "sha256:" + FhirRecords.sha256(entry.identity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        boolean fromOurIntake = code != null && code.getCoding().stream().anyMatch(c -> Codes.CONDITION.equals(c.getSystem())
                || Codes.CAUSE.equals(c.getSystem()));
        boolean answeredHere = resource instanceof QuestionnaireResponse q && q.hasQuestionnaire()
                && q.getQuestionnaire().startsWith(Codes.QUESTIONNAIRE);
        boolean screenedHere = resource instanceof Observation;
        if ((fromOurIntake || answeredHere || screenedHere) && entry.patient.ours) {
            // our own export of a record of this clinic: it came from the intake or a questionnaire answered here
            entry.skip(Fate.PRESENT, IssueSeverity.INFORMATION, "Already on the record (recorded in this clinic).");
        }
    }

    /** Everything accepted, in one database transaction. */
    private void store(CurrentUser user, List<Entry> all) {
        Instant now = clock.instant();
        Map<UUID, int[]> counts = new LinkedHashMap<>();
        for (Entry entry : all) {
            PatientRef ref = entry.patient;
            if (!(entry.resource instanceof org.hl7.fhir.r4.model.Patient) || ref == null || entry.fate != null) {
                continue;
            }
            if (ref.existing) {
                entry.fate = Fate.PRESENT;
            } else {
                ref.id = patients.registerImported(user, ref.travellingId, ref.details).publicId();
                entry.fate = Fate.CREATED;
            }
            entry.location = "Patient/" + ref.id;
            for (Identifier id : ref.identifiers) {
                if (id.hasSystem() && id.hasValue() && id.getSystem().length() <= MAX_IDENTIFIER
                        && id.getValue().length() <= MAX_IDENTIFIER && !(Codes.PATIENT_ID.equals(id.getSystem())
                        && id.getValue().equals(ref.id.toString()))) {
                    imported.identify(id.getSystem(), id.getValue(), ref.id, now);
                }
            }
            counts.computeIfAbsent(ref.id, k -> new int[1]);
        }
        Map<UUID, List<Entry>> measurements = new LinkedHashMap<>();
        for (Entry entry : all) {
            if (entry.fate != null || entry.patient == null || entry.resource instanceof org.hl7.fhir.r4.model.Patient) {
                continue;
            }
            UUID patientId = entry.patient.id;
            if (entry.measurement != null) {
                measurements.computeIfAbsent(patientId, k -> new ArrayList<>()).add(entry);
            } else if (entry.identity != null) {
                if (imported.has(patientId, entry.type, entry.identity)) {
                    entry.skip(Fate.PRESENT, IssueSeverity.INFORMATION, "Already imported.");
                } else {
                    UUID publicId = UUID.randomUUID();
                    imported.insert(publicId, patientId, entry.type, entry.identity, records.canonical(entry.resource),
                            now, user.publicId());
                    entry.fate = Fate.CREATED;
                    entry.location = entry.type + "/" + publicId;
                    counts.computeIfAbsent(patientId, k -> new int[1])[0]++;
                }
            }
        }
        measurements.forEach((patientId, entries) -> {
            List<Boolean> stored = outcomes.importMeasurements(user, patientId,
                    entries.stream().map(e -> e.measurement).toList());
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                if (stored.get(i)) {
                    entry.fate = Fate.CREATED;
                    counts.computeIfAbsent(patientId, k -> new int[1])[0]++;
                } else {
                    entry.skip(Fate.PRESENT, IssueSeverity.INFORMATION, "Already on the record.");
                }
            }
        });
        counts.forEach((patientId, n) -> audit.write(user, AUDIT, patientId, "fhir-import", n[0] + " resources"));
    }

    private Bundle response(BundleType type, List<Entry> all) {
        Bundle response = new Bundle();
        response.setType(type == BundleType.TRANSACTION ? BundleType.TRANSACTIONRESPONSE : BundleType.BATCHRESPONSE);
        response.setId(UUID.randomUUID().toString());
        for (Entry entry : all) {
            var r = response.addEntry().getResponse().setStatus(entry.fate.status);
            if (entry.location != null) {
                r.setLocation(entry.location);
            }
            if (!entry.problems.isEmpty()) {
                OperationOutcome outcome = new OperationOutcome();
                for (Problem p : entry.problems) {
                    outcome.addIssue().setSeverity(entry.severity)
                            .setCode(entry.fate == Fate.SKIPPED ? IssueType.INVALID
                                    : entry.fate == Fate.IGNORED ? IssueType.NOTSUPPORTED : IssueType.INFORMATIONAL)
                            .setDiagnostics(p.message()).addExpression(p.expression());
                }
                r.setOutcome(outcome);
            }
        }
        return response;
    }

    /** HAPI's parser reports what it cannot take here instead of logging it, so it is pinned to its entry. */
    private static final class Collecting extends LenientErrorHandler {
        final List<String> problems = new ArrayList<>();

        Collecting() {
            super(false); // unknown elements and attributes (another system's typo, another FHIR version) are dropped
        }

        @Override
        public void containedResourceWithNoId(IParseLocation location) {
            problems.add("A contained resource has no id.");
        }

        @Override
        public void incorrectJsonType(IParseLocation location, String name, ValueType expected,
                ScalarType expectedScalar, ValueType found, ScalarType foundScalar) {
            problems.add("The element " + name + " has the wrong JSON type (" + found + " where " + expected
                    + " belongs).");
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            problems.add("The value " + (value == null ? "" : "\"" + value + "\" ") + "is not valid here: " + error);
        }

        @Override
        public void missingRequiredElement(IParseLocation location, String element) {
            problems.add("The element " + element + " is required.");
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
            problems.add("The element " + elementName + " may not repeat.");
        }

        @Override
        public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
            problems.add("An extension has both a value and nested extensions.");
        }
    }
}
