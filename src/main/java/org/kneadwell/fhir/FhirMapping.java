package org.kneadwell.fhir;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityKind;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointUse;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.Identifier.IdentifierUse;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.kneadwell.outcome.Instrument;
import org.kneadwell.outcome.Measurement;
import org.kneadwell.patient.Patient;
import org.kneadwell.plan.TreatmentPlan;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.screening.ConditionAnswer;
import org.kneadwell.screening.Intake;
import org.kneadwell.shared.Cause;
import org.kneadwell.shared.Goal;
import org.kneadwell.shared.Technique;

/**
 * Our records as FHIR R4 resources, one way (out). Ids are our public ids (UUIDs); a measurement, which has none,
 * gets a name-based UUID from its row, so the same observation keeps its id from one export to the next.
 */
final class FhirMapping {

    static final String PAIN_NRS_LOINC = "72514-3";

    private FhirMapping() {
    }

    static org.hl7.fhir.r4.model.Patient patient(Patient p) {
        var r = new org.hl7.fhir.r4.model.Patient();
        r.setId(p.publicId().toString());
        r.addIdentifier().setUse(IdentifierUse.USUAL).setSystem(Codes.PATIENT_ID).setValue(p.publicId().toString());
        r.setActive(true);
        r.addName().setUse(NameUse.OFFICIAL).setFamily(p.details().familyName()).addGiven(p.details().givenName());
        if (p.details().dateOfBirth() != null) {
            r.setBirthDateElement(new DateType(p.details().dateOfBirth().toString()));
        }
        if (p.details().email() != null && !p.details().email().isBlank()) {
            r.addTelecom().setSystem(ContactPointSystem.EMAIL).setValue(p.details().email()).setUse(ContactPointUse.HOME);
        }
        if (p.details().phone() != null && !p.details().phone().isBlank()) {
            r.addTelecom().setSystem(ContactPointSystem.PHONE).setValue(p.details().phone()).setUse(ContactPointUse.MOBILE);
        }
        return r;
    }

    static UUID observationId(Measurement m) {
        return UUID.nameUUIDFromBytes(("kneadwell:measurement:" + m.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * A measurement: LOINC where the instrument has a confirmed code (pain NRS 72514-3, PEG 91147-9, ODI 97909-6,
     * PSS-10 106860-0; pain after a session is also a 0-10 NRS), always with our own instrument code beside it.
     */
    static org.hl7.fhir.r4.model.Observation observation(Measurement m, Instrument instrument) {
        var r = new org.hl7.fhir.r4.model.Observation();
        r.setId(observationId(m).toString());
        r.setStatus(ObservationStatus.FINAL);
        r.addCategory().addCoding().setSystem(Codes.OBSERVATION_CATEGORY)
                .setCode(instrument != null && instrument.therapistMeasure() ? "exam" : "survey")
                .setDisplay(instrument != null && instrument.therapistMeasure() ? "Exam" : "Survey");
        CodeableConcept code = new CodeableConcept();
        String loinc = Measurement.PAIN_AFTER_SESSION.equals(m.code()) ? PAIN_NRS_LOINC
                : instrument == null ? null : instrument.loinc();
        if (loinc != null) {
            code.addCoding().setSystem(Codes.LOINC).setCode(loinc);
        }
        String title = Measurement.PAIN_AFTER_SESSION.equals(m.code()) ? "Pain intensity after a session (0 to 10)"
                : instrument == null ? Codes.words(m.code()) : instrument.title();
        code.addCoding().setSystem(Codes.INSTRUMENT).setCode(m.code()).setDisplay(title);
        code.setText(title);
        r.setCode(code);
        r.setSubject(patientRef(m.patientId()));
        r.setEffective(new DateTimeType(Date.from(m.effectiveAt())));
        Quantity value = new Quantity().setValue(m.value().stripTrailingZeros());
        if (m.unit() != null && !m.unit().isBlank()) {
            value.setUnit(m.unit()).setSystem(Codes.UCUM).setCode(m.unit());
        }
        r.setValue(value);
        if (m.appointmentId() != null) {
            r.setEncounter(new Reference("Encounter/" + m.appointmentId()));
        }
        for (Technique t : m.techniques()) {
            r.addNote().setText("After " + Codes.words(t.name()).toLowerCase(java.util.Locale.ROOT) + " massage.");
        }
        return r;
    }

    /**
     * An answered questionnaire: each answered item under its linkId (the instrument's item id), the value as it was
     * given. No item wording: where the wording is licensed to the clinic, it stays with the clinic's copy.
     */
    static org.hl7.fhir.r4.model.QuestionnaireResponse questionnaireResponse(UUID patientId,
            org.kneadwell.outcome.Outcomes.AnsweredQuestionnaire answered) {
        var r = new org.hl7.fhir.r4.model.QuestionnaireResponse();
        r.setId(answered.id().toString());
        r.setQuestionnaire(Codes.QUESTIONNAIRE + answered.instrument().id());
        r.setStatus(org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        r.setSubject(patientRef(patientId));
        r.setAuthoredElement(new DateTimeType(Date.from(answered.effectiveAt())));
        var items = answered.instrument().items();
        for (int i = 0; i < items.size() && i < answered.answers().size(); i++) {
            Object value = answered.answers().get(i);
            if (value == null) {
                continue;
            }
            var item = r.addItem().setLinkId(items.get(i).id());
            if (i < answered.activities().size() && answered.instrument().patientNamesItems()) {
                item.setText(answered.activities().get(i));
            }
            var answer = item.addAnswer();
            if (value instanceof Boolean b) {
                answer.setValue(new org.hl7.fhir.r4.model.BooleanType(b));
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
                answer.setValue(new org.hl7.fhir.r4.model.IntegerType(((Number) value).intValue()));
            } else if (value instanceof Number n) {
                answer.setValue(new org.hl7.fhir.r4.model.DecimalType(new java.math.BigDecimal(n.toString())));
            } else {
                answer.setValue(new org.hl7.fhir.r4.model.StringType(value.toString()));
            }
        }
        return r;
    }

    /**
     * What the patient agreed to at intake, each as a Consent: sharing their record with their care team, and the
     * clinic contacting their own doctor (named, where they gave the name). An answer left blank is no consent
     * resource at all.
     */
    static List<org.hl7.fhir.r4.model.Consent> consents(Intake intake) {
        List<org.hl7.fhir.r4.model.Consent> consents = new ArrayList<>();
        var a = intake.answers();
        if (a.shareWithCareTeam() != null) {
            consents.add(consent(intake, "share", a.shareWithCareTeam(), "Share my record with my care team"));
        }
        if (a.contactOwnDoctor() != null) {
            consents.add(consent(intake, "contact-doctor", a.contactOwnDoctor(), "The clinic may contact my own doctor"
                    + (a.ownDoctor() == null || a.ownDoctor().isBlank() ? "" : " (" + a.ownDoctor().strip() + ")")));
        }
        return consents;
    }

    private static org.hl7.fhir.r4.model.Consent consent(Intake intake, String what, boolean agreed, String words) {
        var r = new org.hl7.fhir.r4.model.Consent();
        r.setId(UUID.nameUUIDFromBytes(("kneadwell:consent:" + intake.publicId() + ":" + what).getBytes()).toString());
        r.setStatus(agreed ? org.hl7.fhir.r4.model.Consent.ConsentState.ACTIVE
                : org.hl7.fhir.r4.model.Consent.ConsentState.REJECTED);
        r.setScope(new CodeableConcept().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
                "patient-privacy", "Privacy Consent")));
        r.addCategory().addCoding(new Coding(Codes.LOINC, "59284-0", "Patient Consent"));
        r.setPatient(patientRef(intake.patientId()));
        if (intake.submittedAt() != null) {
            r.setDateTime(Date.from(intake.submittedAt()));
        }
        r.setPolicyRule(new CodeableConcept().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode",
                agreed ? "OPTIN" : "OPTOUT", agreed ? "opt-in" : "opt-out")));
        r.getProvision().setType(agreed ? org.hl7.fhir.r4.model.Consent.ConsentProvisionType.PERMIT
                : org.hl7.fhir.r4.model.Consent.ConsentProvisionType.DENY)
                .addAction(new CodeableConcept().setText(words));
        return r;
    }

    /** A request for a clinician's clearance before massage. */
    static org.hl7.fhir.r4.model.ServiceRequest clearanceRequest(org.kneadwell.clearance.ClearanceRequest request) {
        var r = new org.hl7.fhir.r4.model.ServiceRequest();
        r.setId(request.publicId().toString());
        r.setStatus(switch (request.status()) {
            case OPEN, MORE_INFO -> org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus.ACTIVE;
            case APPROVED, DECLINED, NOT_NEEDED -> org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus.COMPLETED;
            case SUPERSEDED -> org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus.REVOKED;
        });
        r.setIntent(org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent.ORDER);
        r.setPriority(request.tier() == org.kneadwell.screening.policy.TriageTier.URGENT
                || request.tier() == org.kneadwell.screening.policy.TriageTier.EMERGENCY
                        ? org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority.URGENT
                        : org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority.ROUTINE);
        r.setCode(new CodeableConcept().setText("Clinician clearance for massage therapy"));
        r.setSubject(patientRef(request.patientId()));
        r.setAuthoredOn(Date.from(request.requestedAt()));
        r.addReasonCode().setText(request.origin() == org.kneadwell.clearance.ClearanceRequest.Origin.AUTOMATIC
                ? "The safety screen asked for it (" + Codes.words(request.tier().name()).toLowerCase(java.util.Locale.ROOT) + ")"
                : "The therapist asked for it");
        if (request.note() != null && !request.note().isBlank()) {
            r.addNote().setText(request.note());
        }
        return r;
    }

    /** The clinician's work on a clearance request: where it stands and, once decided, the decision. */
    static org.hl7.fhir.r4.model.Task clearanceTask(org.kneadwell.clearance.ClearanceRequest request,
            List<org.kneadwell.clearance.ClearanceDecision> decisions) {
        var r = new org.hl7.fhir.r4.model.Task();
        r.setId(UUID.nameUUIDFromBytes(("kneadwell:clearance-task:" + request.publicId()).getBytes()).toString());
        r.setStatus(switch (request.status()) {
            case OPEN -> org.hl7.fhir.r4.model.Task.TaskStatus.REQUESTED;
            case MORE_INFO -> org.hl7.fhir.r4.model.Task.TaskStatus.ONHOLD;
            case APPROVED, NOT_NEEDED -> org.hl7.fhir.r4.model.Task.TaskStatus.COMPLETED;
            case DECLINED -> org.hl7.fhir.r4.model.Task.TaskStatus.REJECTED;
            case SUPERSEDED -> org.hl7.fhir.r4.model.Task.TaskStatus.CANCELLED;
        });
        r.setIntent(org.hl7.fhir.r4.model.Task.TaskIntent.ORDER);
        r.setCode(new CodeableConcept().setText("Decide on clearance for massage therapy"));
        r.setFocus(new Reference("ServiceRequest/" + request.publicId()));
        r.setFor(patientRef(request.patientId()));
        r.setAuthoredOn(Date.from(request.requestedAt()));
        var last = decisions.stream().filter(d -> d.requestId() == request.id())
                .max(java.util.Comparator.comparing(org.kneadwell.clearance.ClearanceDecision::decidedAt));
        last.ifPresent(d -> {
            r.setLastModified(Date.from(d.decidedAt()));
            r.setOwner(new Reference().setDisplay(d.clinicianName()));
            String outcome = switch (d.kind()) {
                case APPROVE -> "Approved" + (d.validUntil() == null ? "" : " until " + d.validUntil());
                case DECLINE -> "Declined";
                case MORE_INFO -> "More information asked for";
                case NOT_NEEDED -> "Not needed";
            };
            r.setBusinessStatus(new CodeableConcept().setText(outcome));
            r.addOutput().setType(new CodeableConcept().setText("Decision"))
                    .setValue(new org.hl7.fhir.r4.model.StringType(d.reason() == null || d.reason().isBlank()
                            ? outcome : outcome + ": " + d.reason()));
        });
        return r;
    }

    /** Our code for the STarT Back risk group observation (the score's items are in the intake, not a measurement). */
    static final String STARTBACK_RISK = "STARTBACK_RISK";

    /**
     * The STarT Back risk group of an intake's screen, valued with the UK SNOMED CT codes of clinical reference §8
     * [S93]: low 945621000000107, medium 45641000000100, high 45601000000103.
     */
    static org.hl7.fhir.r4.model.Observation startBackRisk(org.kneadwell.screening.StoredScreening screening) {
        var score = screening.result().startBack();
        var r = new org.hl7.fhir.r4.model.Observation();
        r.setId(UUID.nameUUIDFromBytes(("kneadwell:startback:" + screening.publicId()).getBytes()).toString());
        r.setStatus(ObservationStatus.FINAL);
        r.addCategory().addCoding().setSystem(Codes.OBSERVATION_CATEGORY).setCode("survey").setDisplay("Survey");
        r.setCode(new CodeableConcept().addCoding(new Coding(Codes.INSTRUMENT, STARTBACK_RISK, "STarT Back risk group"))
                .setText("STarT Back risk group"));
        r.setSubject(patientRef(screening.patientId()));
        r.setEffective(new DateTimeType(Date.from(screening.createdAt())));
        String code = switch (score.risk()) {
            case LOW -> "945621000000107";
            case MEDIUM -> "45641000000100";
            case HIGH -> "45601000000103";
        };
        r.setValue(new CodeableConcept().addCoding(new Coding().setSystem("http://snomed.info/sct").setCode(code))
                .setText(Codes.words(score.risk().name()) + " risk"));
        r.addNote().setText("Total " + score.total() + " of 9, psychosocial subscale " + score.psychosocial()
                + " of 5 (Keele STarT Back Screening Tool).");
        return r;
    }

    /** Chronic back pain as the patient told it at intake, with its onset from how long it has lasted. */
    static org.hl7.fhir.r4.model.Condition backPain(Intake intake) {
        var r = condition(UUID.nameUUIDFromBytes(("kneadwell:back-pain:" + intake.publicId()).getBytes()), intake);
        r.addCategory().addCoding().setSystem(Codes.CONDITION_CATEGORY).setCode("problem-list-item")
                .setDisplay("Problem List Item");
        r.setCode(new CodeableConcept().addCoding(new Coding(Codes.CONDITION, "CHRONIC_BACK_PAIN", "Chronic back pain"))
                .setText("Chronic back pain"));
        Integer weeks = intake.answers().painDurationWeeks();
        if (weeks != null && intake.submittedAt() != null) {
            r.setOnset(new DateTimeType(Date.from(intake.submittedAt().minus(weeks * 7L, ChronoUnit.DAYS)),
                    ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY));
        }
        String onset = intake.answers().onset();
        if (onset != null) {
            r.addNote().setText("Onset: " + Codes.words(onset).toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return r;
    }

    /** A cause of the pain the patient named at intake. */
    static org.hl7.fhir.r4.model.Condition cause(Intake intake, Cause cause) {
        var r = condition(UUID.nameUUIDFromBytes(("kneadwell:cause:" + intake.publicId() + ":" + cause).getBytes()),
                intake);
        r.addCategory().addCoding().setSystem(Codes.CONDITION_CATEGORY).setCode("problem-list-item")
                .setDisplay("Problem List Item");
        r.setCode(new CodeableConcept().addCoding(new Coding(Codes.CAUSE, cause.name(), Codes.words(cause.name())))
                .setText(Codes.words(cause.name())));
        return r;
    }

    /** A condition the patient reported in the safety screen (the screening contract's code). */
    static org.hl7.fhir.r4.model.Condition reported(Intake intake, ConditionAnswer answer) {
        var r = condition(UUID.nameUUIDFromBytes(("kneadwell:condition:" + intake.publicId() + ":" + answer.code())
                .getBytes()), intake);
        r.addCategory().addCoding().setSystem(Codes.CONDITION_CATEGORY).setCode("problem-list-item")
                .setDisplay("Problem List Item");
        r.setCode(new CodeableConcept().addCoding(new Coding(Codes.CONDITION, answer.code(), Codes.words(answer.code())))
                .setText(Codes.words(answer.code())));
        answer.regions().stream().sorted().forEach(region -> r.addBodySite().addCoding()
                .setSystem(Codes.BODY_REGION).setCode(region.name()).setDisplay(Codes.words(region.name())));
        return r;
    }

    private static org.hl7.fhir.r4.model.Condition condition(UUID id, Intake intake) {
        var r = new org.hl7.fhir.r4.model.Condition();
        r.setId(id.toString());
        r.setClinicalStatus(new CodeableConcept().addCoding(new Coding(Codes.CONDITION_CLINICAL, "active", "Active")));
        r.setVerificationStatus(new CodeableConcept()
                .addCoding(new Coding(Codes.CONDITION_VERIFICATION, "unconfirmed", "Unconfirmed")));
        r.setSubject(patientRef(intake.patientId()));
        if (intake.submittedAt() != null) {
            r.setRecordedDateElement(new DateTimeType(Date.from(intake.submittedAt())));
        }
        return r;
    }

    static org.hl7.fhir.r4.model.Appointment appointment(Appointment a) {
        var r = new org.hl7.fhir.r4.model.Appointment();
        r.setId(a.publicId().toString());
        r.setStatus(switch (a.status()) {
            case BOOKED -> AppointmentStatus.BOOKED;
            case CANCELLED -> AppointmentStatus.CANCELLED;
            case NO_SHOW -> AppointmentStatus.NOSHOW;
            case ATTENDED -> AppointmentStatus.FULFILLED;
        });
        r.addServiceType(technique(a.technique()));
        r.setStart(Date.from(a.start()));
        r.setEnd(Date.from(a.end()));
        r.setMinutesDuration(a.minutes());
        r.setCreated(Date.from(a.createdAt()));
        if (a.cancelReason() != null) {
            r.setCancelationReason(new CodeableConcept().setText(a.cancelReason()));
        }
        if (a.planId() != null) {
            r.addBasedOn(new Reference("CarePlan/" + a.planId()));
        }
        r.addParticipant().setActor(patientRef(a.patientId())).setStatus(ParticipationStatus.ACCEPTED);
        r.addParticipant().setActor(new Reference("Practitioner/" + a.therapistId()))
                .setStatus(ParticipationStatus.ACCEPTED);
        return r;
    }

    static UUID goalId(TreatmentPlan plan, Goal goal) {
        return UUID.nameUUIDFromBytes(("kneadwell:goal:" + plan.publicId() + ":" + goal).getBytes());
    }

    static org.hl7.fhir.r4.model.Goal goal(TreatmentPlan plan, Goal goal) {
        var r = new org.hl7.fhir.r4.model.Goal();
        r.setId(goalId(plan, goal).toString());
        r.setLifecycleStatus(switch (plan.status()) {
            case DRAFT -> GoalLifecycleStatus.PROPOSED;
            case ACTIVE -> GoalLifecycleStatus.ACTIVE;
            case COMPLETED -> GoalLifecycleStatus.COMPLETED;
        });
        r.setDescription(new CodeableConcept().addCoding(new Coding(Codes.GOAL, goal.name(), Codes.words(goal.name())))
                .setText(Codes.words(goal.name())));
        r.setSubject(patientRef(plan.patientId()));
        return r;
    }

    static org.hl7.fhir.r4.model.CarePlan carePlan(TreatmentPlan plan) {
        var r = new org.hl7.fhir.r4.model.CarePlan();
        r.setId(plan.publicId().toString());
        r.setStatus(switch (plan.status()) {
            case DRAFT -> CarePlanStatus.DRAFT;
            case ACTIVE -> CarePlanStatus.ACTIVE;
            case COMPLETED -> CarePlanStatus.COMPLETED;
        });
        r.setIntent(CarePlanIntent.PLAN);
        r.setTitle("Massage therapy plan for chronic back pain");
        r.setSubject(patientRef(plan.patientId()));
        // the plan keeps the therapist's account, not their directory profile (the Practitioner's id): a name only
        r.setAuthor(new Reference().setDisplay(plan.therapistName()));
        r.setCreated(Date.from(plan.created().at()));
        Period period = new Period();
        if (plan.activated() != null) {
            period.setStart(Date.from(plan.activated().at()));
        }
        if (plan.completed() != null) {
            period.setEnd(Date.from(plan.completed().at()));
        }
        if (period.hasStart() || period.hasEnd()) {
            r.setPeriod(period);
        }
        for (Goal goal : plan.content().goals()) {
            r.addGoal(new Reference("Goal/" + goalId(plan, goal)));
        }
        var dose = plan.content().dose();
        for (Technique t : plan.content().techniques()) {
            var detail = r.addActivity().getDetail();
            detail.setKind(CarePlanActivityKind.SERVICEREQUEST);
            detail.setCode(technique(t));
            detail.setStatus(switch (plan.status()) {
                case DRAFT -> CarePlanActivityStatus.NOTSTARTED;
                case ACTIVE -> CarePlanActivityStatus.INPROGRESS;
                case COMPLETED -> CarePlanActivityStatus.COMPLETED;
            });
            if (dose != null) {
                detail.setDescription(dose.sessions() + " sessions of " + dose.sessionMinutes() + " minutes, one every "
                        + dose.everyDays() + " days");
            }
        }
        List<String> notes = new ArrayList<>();
        if (plan.content().exercise() != null && !plan.content().exercise().isBlank()) {
            notes.add("Exercise: " + plan.content().exercise());
        }
        if (plan.content().selfCare() != null && !plan.content().selfCare().isBlank()) {
            notes.add("Self-care: " + plan.content().selfCare());
        }
        notes.forEach(n -> r.addNote().setText(n));
        return r;
    }

    /** A therapist from the directory, with their registration as the qualification. */
    static org.hl7.fhir.r4.model.Practitioner practitioner(org.kneadwell.therapist.TherapistProfile t) {
        var r = new org.hl7.fhir.r4.model.Practitioner();
        r.setId(t.id().toString());
        r.setActive(true);
        r.addName().setText(t.displayName());
        var c = t.credential();
        if (c != null && c.registrationNumber() != null) {
            var q = r.addQualification();
            q.addIdentifier().setValue(c.registrationNumber());
            String what = "Massage therapy registration" + (c.jurisdiction() == null ? "" : " (" + c.jurisdiction() + ")");
            q.setCode(new CodeableConcept().setText(what));
            if (c.expiresOn() != null) {
                q.setPeriod(new Period().setEndElement(new DateTimeType(c.expiresOn().toString())));
            }
            if (c.issuingBody() != null) {
                q.setIssuer(new Reference().setDisplay(c.issuingBody()));
            }
        }
        return r;
    }

    /** What the therapist offers: each technique as a specialty. */
    static org.hl7.fhir.r4.model.PractitionerRole practitionerRole(org.kneadwell.therapist.TherapistProfile t) {
        var r = new org.hl7.fhir.r4.model.PractitionerRole();
        r.setId(UUID.nameUUIDFromBytes(("kneadwell:role:" + t.id()).getBytes()).toString());
        r.setActive(true);
        r.setPractitioner(new Reference("Practitioner/" + t.id()).setDisplay(t.displayName()));
        r.addCode().setText("Massage therapist");
        t.techniques().stream().sorted().forEach(tech -> r.addSpecialty(technique(tech)));
        return r;
    }

    /** A signed session as an Encounter (its id is the appointment's, which observations already name). */
    static org.hl7.fhir.r4.model.Encounter encounter(org.kneadwell.session.SessionNote note, Appointment a) {
        var r = new org.hl7.fhir.r4.model.Encounter();
        r.setId(note.appointmentId().toString());
        r.setStatus(org.hl7.fhir.r4.model.Encounter.EncounterStatus.FINISHED);
        r.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"));
        r.setSubject(patientRef(note.patientId()));
        r.addParticipant().setIndividual(new Reference("Practitioner/" + note.therapistId()));
        Period period = new Period().setStart(Date.from(note.sessionStart()));
        if (a != null) {
            period.setEnd(Date.from(a.end()));
            r.addAppointment(new Reference("Appointment/" + a.publicId()));
            r.addType(technique(a.technique()));
        }
        r.setPeriod(period);
        return r;
    }

    /** One treatment row of a signed note: technique, regions, and pressure, minutes and heat in words. */
    static org.hl7.fhir.r4.model.Procedure procedure(org.kneadwell.session.SessionNote note, int index,
            org.kneadwell.session.TreatmentRow row) {
        var r = new org.hl7.fhir.r4.model.Procedure();
        r.setId(UUID.nameUUIDFromBytes(("kneadwell:treatment:" + note.publicId() + ":" + index).getBytes()).toString());
        r.setStatus(org.hl7.fhir.r4.model.Procedure.ProcedureStatus.COMPLETED);
        r.setCode(technique(row.technique()));
        r.setSubject(patientRef(note.patientId()));
        r.setEncounter(new Reference("Encounter/" + note.appointmentId()));
        r.setPerformed(new DateTimeType(Date.from(note.sessionStart())));
        r.addPerformer().setActor(new Reference("Practitioner/" + note.therapistId()));
        row.regions().stream().sorted().forEach(region -> r.addBodySite().addCoding().setSystem(Codes.BODY_REGION)
                .setCode(region.name()).setDisplay(Codes.words(region.name())));
        StringBuilder text = new StringBuilder("Pressure " + row.pressure() + " of 5 (Walton scale), " + row.minutes()
                + " minutes");
        if (row.stoneTemperatureC() != null) {
            text.append(", stones at ").append(row.stoneTemperatureC().stripTrailingZeros().toPlainString()).append(" °C");
        }
        text.append('.');
        if (row.overrideReason() != null && !row.overrideReason().isBlank()) {
            text.append(" Beyond today's limits (").append(String.join("; ", row.overridden())).append("): ")
                    .append(row.overrideReason());
        }
        r.addNote().setText(text.toString());
        return r;
    }

    /** A reaction after a session. */
    static org.hl7.fhir.r4.model.AdverseEvent adverseEvent(org.kneadwell.session.AdverseEvent e, boolean encounterKnown) {
        var r = new org.hl7.fhir.r4.model.AdverseEvent();
        r.setId(e.publicId().toString());
        r.setActuality(org.hl7.fhir.r4.model.AdverseEvent.AdverseEventActuality.ACTUAL);
        String words = Codes.words(e.kind().name()) + (e.technique() == null ? ""
                : " after " + Codes.words(e.technique().name()).toLowerCase(java.util.Locale.ROOT) + " massage");
        r.setEvent(new CodeableConcept().addCoding(new Coding(Codes.CODE_SYSTEM + "reaction", e.kind().name(),
                Codes.words(e.kind().name()))).setText(e.description() == null ? words : words + ": " + e.description()));
        r.setSubject(patientRef(e.patientId()));
        if (e.appointmentId() != null && encounterKnown) {
            r.setEncounter(new Reference("Encounter/" + e.appointmentId()));
        }
        r.setDate(Date.from(e.sessionStart() != null ? e.sessionStart() : e.recordedAt()));
        r.setRecordedDate(Date.from(e.recordedAt()));
        String severity = e.severity().name().toLowerCase(java.util.Locale.ROOT);
        r.setSeverity(new CodeableConcept().addCoding(new Coding(
                "http://terminology.hl7.org/CodeSystem/adverse-event-severity", severity, Codes.words(e.severity().name()))));
        return r;
    }

    /**
     * Effective safety today as Flags: a red-flag hold, clearance still needed, and each technique that is
     * contraindicated or restricted (with its limits in words).
     */
    static List<org.hl7.fhir.r4.model.Flag> flags(org.kneadwell.clearance.SafetyToday today, UUID patientId) {
        List<org.hl7.fhir.r4.model.Flag> flags = new ArrayList<>();
        if (today.onHold()) {
            flags.add(flag(patientId, today, "ON_HOLD", "Massage on hold after a red-flag answer"));
        }
        switch (today.clearanceStatus()) {
            case AWAITING -> flags.add(flag(patientId, today, "CLEARANCE_AWAITED", "Clinician clearance awaited"));
            case EXPIRED -> flags.add(flag(patientId, today, "CLEARANCE_EXPIRED", "Clinician clearance expired"));
            case DECLINED -> flags.add(flag(patientId, today, "CLEARANCE_DECLINED", "Clinician clearance declined"));
            default -> { }
        }
        for (var v : today.techniques()) {
            String name = Codes.words(v.technique().name()) + " massage";
            switch (v.status()) {
                case CONTRAINDICATED -> flags.add(flag(patientId, today, "CONTRAINDICATED_" + v.technique().name(),
                        name + " is contraindicated"));
                case RESTRICTED -> {
                    List<String> limits = new ArrayList<>();
                    if (v.maxPressure() < 5) {
                        limits.add("pressure at most " + v.maxPressure() + " of 5");
                    }
                    if (!v.avoidRegions().isEmpty()) {
                        limits.add("avoid " + String.join(", ", v.avoidRegions().stream()
                                .map(r -> Codes.words(r.name()).toLowerCase(java.util.Locale.ROOT)).toList()));
                    }
                    if (v.heat() != org.kneadwell.screening.policy.Heat.STANDARD) {
                        limits.add(v.heat() == org.kneadwell.screening.policy.Heat.NONE ? "no heat" : "warm only");
                    }
                    flags.add(flag(patientId, today, "RESTRICTED_" + v.technique().name(), name + " is restricted"
                            + (limits.isEmpty() ? "" : ": " + String.join("; ", limits))));
                }
                default -> { }
            }
        }
        return flags;
    }

    private static org.hl7.fhir.r4.model.Flag flag(UUID patientId, org.kneadwell.clearance.SafetyToday today,
            String code, String words) {
        var r = new org.hl7.fhir.r4.model.Flag();
        r.setId(UUID.nameUUIDFromBytes(("kneadwell:flag:" + patientId + ":" + today.day() + ":" + code).getBytes())
                .toString());
        r.setStatus(org.hl7.fhir.r4.model.Flag.FlagStatus.ACTIVE);
        r.addCategory().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/flag-category")
                .setCode("clinical").setDisplay("Clinical");
        r.setCode(new CodeableConcept().addCoding(new Coding(Codes.CODE_SYSTEM + "safety", code, words)).setText(words));
        r.setSubject(patientRef(patientId));
        r.setPeriod(new Period().setStartElement(new DateTimeType(today.day().toString())));
        return r;
    }

    static CodeableConcept technique(Technique t) {
        String words = Codes.words(t.name()) + " massage";
        return new CodeableConcept().addCoding(new Coding(Codes.TECHNIQUE, t.name(), words)).setText(words);
    }

    static Reference patientRef(UUID patientId) {
        return new Reference("Patient/" + patientId);
    }
}
