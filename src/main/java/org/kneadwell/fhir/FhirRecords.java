package org.kneadwell.fhir;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Resource;
import org.kneadwell.audit.AuditTrail;
import org.kneadwell.clearance.PatientSafety;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.outcome.Instrument;
import org.kneadwell.outcome.Measurement;
import org.kneadwell.outcome.Outcomes;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.plan.TreatmentPlan;
import org.kneadwell.plan.TreatmentPlans;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.scheduling.Visits;
import org.kneadwell.screening.ConditionAnswer;
import org.kneadwell.screening.Intake;
import org.kneadwell.screening.Screenings;
import org.kneadwell.screening.StoredScreening;
import org.kneadwell.session.AdverseEvents;
import org.kneadwell.session.SessionNote;
import org.kneadwell.session.SessionNotes;
import org.kneadwell.shared.Cause;
import org.kneadwell.therapist.TherapistDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import ca.uhn.fhir.context.FhirContext;

/**
 * The patient's record as FHIR: every read goes through the module that owns the data (which asks the access
 * policy and audits the read), and an export is audited once more as a disclosure with the digest of what left.
 */
@Service
class FhirRecords {

    static final String DISCLOSURE = "fhir.export.disclose";
    private static final int PAGE = 100;

    private final ObjectProvider<FhirContext> fhir;
    private final PatientRecords patients;
    private final Outcomes outcomes;
    private final Screenings screenings;
    private final TreatmentPlans plans;
    private final Visits visits;
    private final SessionNotes notes;
    private final AdverseEvents adverseEvents;
    private final TherapistDirectory therapists;
    private final AuditTrail audit;
    private final PatientSafety safety;
    private final ImportedRecords imported;
    private final org.kneadwell.clearance.Clearances clearances;

    FhirRecords(org.kneadwell.clearance.Clearances clearances, ImportedRecords imported, PatientSafety safety, ObjectProvider<FhirContext> fhir, PatientRecords patients, Outcomes outcomes, Screenings screenings,
            TreatmentPlans plans, Visits visits, SessionNotes notes, AdverseEvents adverseEvents,
            TherapistDirectory therapists, AuditTrail audit) {
        this.clearances = clearances;
        this.imported = imported;
        this.safety = safety;
        this.notes = notes;
        this.adverseEvents = adverseEvents;
        this.therapists = therapists;
        this.fhir = fhir;
        this.patients = patients;
        this.outcomes = outcomes;
        this.screenings = screenings;
        this.plans = plans;
        this.visits = visits;
        this.audit = audit;
    }

    /** JSON exactly as sent, and its SHA-256 in hex. */
    record Exported(byte[] json, String sha256) {
    }

    /** The one place FHIR JSON is written: HAPI's own parser (never an MVC or Jackson mapper). */
    byte[] json(Resource resource) {
        return fhir.getObject().newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A resource as content, the same wherever it is stored: without its id, meta and narrative, and without the
     * references that only mean something where it was written (its subject and encounter). What an import keeps
     * and compares.
     */
    String canonical(Resource resource) {
        return fhir.getObject().newJsonParser().setOmitResourceId(true)
                .setDontEncodeElements(Set.of("*.meta", "*.text", "*.subject", "*.encounter"))
                .encodeResourceToString(resource);
    }

    /** What an import kept as received for this patient, under our ids and naming the patient here. */
    List<Resource> imported(UUID patientId) {
        var parser = fhir.getObject().newJsonParser();
        List<Resource> resources = new ArrayList<>();
        for (ImportedRecords.Stored stored : imported.ofPatient(patientId)) {
            Resource r = (Resource) parser.parseResource(stored.json());
            r.setId(stored.publicId().toString());
            var subject = new org.hl7.fhir.r4.model.Reference("Patient/" + patientId);
            if (r instanceof org.hl7.fhir.r4.model.Condition c) {
                c.setSubject(subject);
            } else if (r instanceof org.hl7.fhir.r4.model.Observation o) {
                o.setSubject(subject);
            } else if (r instanceof org.hl7.fhir.r4.model.QuestionnaireResponse q) {
                q.setSubject(subject);
            }
            resources.add(r);
        }
        return resources;
    }

    FhirContext context() {
        return fhir.getObject();
    }

    org.hl7.fhir.r4.model.Patient patient(CurrentUser user, UUID patientId) {
        Patient p = patients.require(user, patientId, PatientAction.VIEW_DEMOGRAPHICS);
        audit.read(user, "fhir.patient.read", patientId, "patient", patientId.toString());
        return FhirMapping.patient(p);
    }

    /** {@code Patient/$everything}: everything we map for one patient, as a collection bundle. */
    Exported everything(CurrentUser user, UUID patientId, String base) {
        Bundle bundle = new Bundle();
        bundle.setType(BundleType.COLLECTION);
        bundle.setId(UUID.randomUUID().toString());
        bundle.setTimestamp(new Date());
        bundle.getMeta().setLastUpdated(bundle.getTimestamp());
        record(user, patientId).forEach(r -> add(bundle, base, r));
        byte[] json = json(bundle);
        String digest = sha256(json);
        audit.read(user, DISCLOSURE, patientId, "fhir-bundle", "sha256:" + digest);
        return new Exported(json, digest);
    }

    /**
     * Every resource we map for one patient: the patient, conditions, today's safety flags, plans and goals,
     * appointments, signed sessions with their treatments, adverse events, the therapists involved, observations,
     * and what imports kept as received. Each read goes through its module, which checks access and audits it.
     */
    List<Resource> record(CurrentUser user, UUID patientId) {
        Patient p = patients.require(user, patientId, PatientAction.VIEW_CLINICAL);
        List<Resource> out = new ArrayList<>();
        out.add(FhirMapping.patient(p));
        out.addAll(conditions(user, patientId));
        latestIntake(user, patientId).ifPresent(i -> out.addAll(FhirMapping.consents(i)));
        latestIntakeScreen(user, patientId).filter(s -> s.result().startBack() != null)
                .ifPresent(s -> out.add(FhirMapping.startBackRisk(s)));
        out.addAll(FhirMapping.flags(safety.today(user, patientId), patientId));
        var clearance = clearances.history(user, patientId);
        for (var request : clearance.requests()) {
            out.add(FhirMapping.clearanceRequest(request));
            out.add(FhirMapping.clearanceTask(request, clearance.decisions()));
        }
        for (TreatmentPlan plan : plans.list(user, patientId)) {
            out.add(FhirMapping.carePlan(plan));
            for (var goal : new LinkedHashSet<>(plan.content().goals())) {
                out.add(FhirMapping.goal(plan, goal));
            }
        }
        List<Appointment> appointments = visits.ofPatient(user, patientId);
        Set<UUID> practitioners = new LinkedHashSet<>();
        java.util.Map<UUID, Appointment> byId = new java.util.HashMap<>();
        for (Appointment a : appointments) {
            out.add(FhirMapping.appointment(a));
            byId.put(a.publicId(), a);
            practitioners.add(a.therapistId());
        }
        Set<UUID> encounters = new java.util.HashSet<>();
        for (SessionNote note : notes.ofPatient(user, patientId)) {
            if (!note.counts()) {
                continue; // drafts are not part of the record yet; a voided note is not part of it any more
            }
            out.add(FhirMapping.encounter(note, byId.get(note.appointmentId())));
            encounters.add(note.appointmentId());
            practitioners.add(note.therapistId());
            var rows = note.content().treatments();
            for (int i = 0; i < rows.size(); i++) {
                out.add(FhirMapping.procedure(note, i, rows.get(i)));
            }
        }
        for (var event : adverseEvents.ofPatient(user, patientId)) {
            out.add(FhirMapping.adverseEvent(event, encounters.contains(event.appointmentId())));
        }
        for (UUID therapist : practitioners) {
            therapists.profile(therapist).ifPresent(t -> {
                out.add(FhirMapping.practitioner(t));
                out.add(FhirMapping.practitionerRole(t));
            });
        }
        for (Measurement m : measurements(user, patientId, null, null, null)) {
            out.add(FhirMapping.observation(m, instrument(m.code())));
        }
        for (var answered : outcomes.responses(user, patientId)) {
            out.add(FhirMapping.questionnaireResponse(patientId, answered));
        }
        out.addAll(imported(patientId));
        return out;
    }

    /** {@code Observation?patient=&code=&date=}: the patient's observations, newest first, as a searchset. */
    Bundle observations(CurrentUser user, UUID patientId, String code, Instant from, Instant to, String base,
            String self) {
        Bundle bundle = new Bundle();
        bundle.setType(BundleType.SEARCHSET);
        bundle.setId(UUID.randomUUID().toString());
        bundle.setTimestamp(new Date());
        bundle.addLink().setRelation("self").setUrl(self);
        List<Measurement> rows = measurements(user, patientId, code, from, to);
        for (Measurement m : rows) {
            add(bundle, base, FhirMapping.observation(m, instrument(m.code()))).getSearch().setMode(SearchEntryMode.MATCH);
        }
        bundle.setTotal(rows.size());
        return bundle;
    }

    /** Our instrument code for a search code: ours ("PEG"), or a LOINC code one of our instruments carries. */
    Optional<String> instrumentCode(String system, String code) {
        if (system == null || Codes.INSTRUMENT.equals(system)) {
            if (instrument(code) != null || Measurement.PAIN_AFTER_SESSION.equals(code)) {
                return Optional.of(code);
            }
        }
        if (system == null || Codes.LOINC.equals(system)) {
            return outcomes.instruments().stream().map(a -> a.instrument())
                    .filter(i -> code.equals(i.loinc())).map(Instrument::id).findFirst();
        }
        return Optional.empty();
    }

    private List<Measurement> measurements(CurrentUser user, UUID patientId, String code, Instant from, Instant to) {
        List<Measurement> all = new ArrayList<>();
        for (int page = 0;; page++) {
            List<Measurement> rows = outcomes.observations(user, patientId, code, from, to, page, PAGE + 1);
            all.addAll(rows.subList(0, Math.min(rows.size(), PAGE)));
            if (rows.size() <= PAGE) {
                return all;
            }
        }
    }

    private Optional<StoredScreening> latestIntakeScreen(CurrentUser user, UUID patientId) {
        return screenings.history(user, patientId).stream().filter(s -> s.intakeId() != null)
                .max(java.util.Comparator.comparing(StoredScreening::createdAt));
    }

    private Optional<Intake> latestIntake(CurrentUser user, UUID patientId) {
        return latestIntakeScreen(user, patientId).flatMap(s -> screenings.intakeOf(user, s));
    }

    private List<org.hl7.fhir.r4.model.Condition> conditions(CurrentUser user, UUID patientId) {
        List<org.hl7.fhir.r4.model.Condition> conditions = new ArrayList<>();
        Optional<Intake> intake = latestIntake(user, patientId);
        intake.ifPresent(i -> {
            conditions.add(FhirMapping.backPain(i));
            for (Cause cause : i.answers().causes().stream().sorted().toList()) {
                if (cause != Cause.UNKNOWN) {
                    conditions.add(FhirMapping.cause(i, cause));
                }
            }
            Set<String> seen = new java.util.HashSet<>();
            for (ConditionAnswer answer : i.answers().conditions()) {
                if (seen.add(answer.code())) {
                    conditions.add(FhirMapping.reported(i, answer));
                }
            }
        });
        return conditions;
    }

    private Instrument instrument(String code) {
        String id = Measurement.PAIN_AFTER_SESSION.equals(code) ? Measurement.PAIN : code;
        return outcomes.instruments().stream().map(a -> a.instrument()).filter(i -> i.id().equals(id)).findFirst()
                .orElse(null);
    }

    private static Bundle.BundleEntryComponent add(Bundle bundle, String base, Resource resource) {
        return bundle.addEntry().setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdPart())
                .setResource(resource);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
