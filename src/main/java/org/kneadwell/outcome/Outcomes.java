package org.kneadwell.outcome;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.outcome.Measurement.Source;
import org.kneadwell.patient.CareTeamMember;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.plan.PlanMeasuring;
import org.kneadwell.plan.TreatmentPlans;
import org.kneadwell.patient.TeamRole;
import org.kneadwell.screening.Recheck;
import org.kneadwell.screening.RecheckResult;
import org.kneadwell.screening.Rechecks;
import org.kneadwell.shared.CareTeamAlert;
import org.kneadwell.shared.ClinicSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The outcome use cases: answering a questionnaire (scored on the server), keeping the pain diary, reading a
 * patient's observations and progress, and what is due. Every call asks {@link PatientRecords#require} first and
 * writes an audit event; a refused submission stores nothing.
 */
@Service
public class Outcomes {

    private static final String RESPONSE = "outcome-response";
    private static final String DIARY = "pain-diary";
    private static final int MAX_NOTE = 2000;
    private static final int MAX_ACTIVITY = 200;

    private final InstrumentCatalog catalog;
    private final Measurements measurements;
    private final Records stored;
    private final ProgressRules rules;
    private final PatientRecords records;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ClinicSettings clinic;
    private final Clock clock;
    private final Rechecks rechecks;
    private final TreatmentPlans plans;
    private final JsonMapper json = JsonMapper.builder().build();

    Outcomes(InstrumentCatalog catalog, Measurements measurements, Records stored, ProgressRules rules,
            PatientRecords records, AuditTrail audit, ApplicationEventPublisher events, ClinicSettings clinic,
            Clock clock, Rechecks rechecks, TreatmentPlans plans) {
        this.rechecks = rechecks;
        this.plans = plans;
        this.catalog = catalog;
        this.measurements = measurements;
        this.stored = stored;
        this.rules = rules;
        this.records = records;
        this.audit = audit;
        this.events = events;
        this.clinic = clinic;
        this.clock = clock;
    }

    /** A questionnaire to answer: the instrument id, the answers in item order, and (PSFS) the activities named. */
    public record Submission(String instrument, List<Object> answers, List<String> activities, Instant effectiveAt) {
    }

    /** A diary entry as submitted. */
    public record DiaryInput(Integer pain, String note, Boolean flareUp, List<String> redFlags, Instant effectiveAt) {
    }

    public List<Availability> instruments() {
        return catalog.all();
    }

    public java.util.Optional<Instrument> available(String id) {
        return catalog.available(id);
    }

    /**
     * Scores and stores an answer set (immutable) and its measurement row, then runs the progress rules. Refuses,
     * storing nothing, an unavailable instrument, answers outside an item's options, missing required items, a
     * future time, and therapist measures from anyone but a therapist.
     */
    @Transactional
    public StoredResponse submit(CurrentUser user, UUID patientId, Submission submission) {
        records.require(user, patientId, PatientAction.EDIT_CLINICAL);
        if (submission.instrument() == null || submission.instrument().isBlank()) {
            throw InvalidOutcomeException.of("instrument", "Name the instrument (for example RMDQ).");
        }
        Availability availability = catalog.find(submission.instrument()).orElseThrow(() -> InvalidOutcomeException
                .of("instrument", "There is no instrument " + submission.instrument() + "."));
        if (!availability.available()) {
            throw InvalidOutcomeException.of("instrument", availability.instrument().title()
                    + " is not available to this clinic: " + availability.reason());
        }
        Instrument instrument = availability.instrument();
        if (instrument.therapistMeasure() && !user.is(Role.THERAPIST)) {
            throw InvalidOutcomeException.of("instrument", instrument.title() + " is measured by the therapist.");
        }
        Instant now = clock.instant();
        Instant at = effectiveAt(submission.effectiveAt(), now);
        Score score = Scoring.score(instrument, submission.answers());
        List<String> activities = activities(instrument, submission);
        Source source = user.is(Role.PATIENT) ? Source.PATIENT : Source.THERAPIST;
        StoredResponse response = new StoredResponse(UUID.randomUUID(), patientId, instrument.id(),
                json.writeValueAsString(submission.answers()), activities, score, at, now, user.publicId(), source);
        stored.insert(response);
        measurements.insert(new Measurement(0, patientId, instrument.id(), score.value(), instrument.unit(), at, source,
                null, response.publicId(), null, List.of()));
        audit.write(user, "outcome.response.create", patientId, RESPONSE, response.publicId().toString());
        rules.afterMeasurement(patientId, instrument.id());
        return response;
    }

    /**
     * Records a diary entry and its pain measurement. A red flag of the short re-check (RF1–RF5, RF7, RF8) is stored
     * and re-screens the patient at once through {@code screening} (contract §5: a new screen that raises something
     * holds or needs clearance until a clinician decides, and its own alerts go to the care team); when the re-screen
     * raises nothing new (the flag was already on the record), the care team's therapists are still alerted.
     */
    @Transactional
    public DiaryEntry recordDiary(CurrentUser user, UUID patientId, DiaryInput input) {
        Patient patient = records.require(user, patientId, PatientAction.EDIT_CLINICAL);
        List<ItemProblem> problems = new ArrayList<>();
        if (input.pain() == null || input.pain() < 0 || input.pain() > 10) {
            problems.add(new ItemProblem("pain", "Give your pain as a whole number from 0 to 10."));
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new ItemProblem("note", "Keep the note under " + MAX_NOTE + " characters."));
        }
        List<String> flags = input.redFlags() == null ? List.of() : input.redFlags();
        for (int i = 0; i < flags.size(); i++) {
            if (!DiaryRedFlags.CODES.contains(flags.get(i))) {
                problems.add(new ItemProblem("redFlags[" + i + "]",
                        "Not one of the safety questions of the diary (" + String.join(", ", DiaryRedFlags.CODES) + ")."));
            }
        }
        Instant now = clock.instant();
        Instant at;
        try {
            at = effectiveAt(input.effectiveAt(), now);
        } catch (InvalidOutcomeException future) {
            problems.addAll(future.problems());
            at = now;
        }
        if (!problems.isEmpty()) {
            throw new InvalidOutcomeException(problems);
        }
        DiaryEntry entry = new DiaryEntry(UUID.randomUUID(), patientId, input.pain(), note,
                Boolean.TRUE.equals(input.flareUp()), flags.stream().distinct().toList(), at, now, user.publicId());
        stored.insert(entry);
        measurements.insert(new Measurement(0, patientId, Measurement.PAIN, BigDecimal.valueOf(input.pain()),
                "{score}", at, user.is(Role.PATIENT) ? Source.PATIENT : Source.THERAPIST, null, null, entry.publicId(),
                List.of()));
        audit.write(user, "outcome.diary.create", patientId, DIARY, entry.publicId().toString());
        if (!entry.redFlags().isEmpty()) {
            RecheckResult rescreen = rechecks.recheck(user, patientId,
                    new Recheck(input.pain(), entry.redFlags(), List.of(), List.of()), Rechecks.Occasion.PAIN_DIARY);
            if (!rescreen.newScreen()) {
                alertRedFlags(patient);
            }
        }
        rules.afterMeasurement(patientId, Measurement.PAIN);
        return entry;
    }

    /** A measurement that arrived from another system (a FHIR import): our code, its value and when it was taken. */
    public record ImportedMeasurement(String code, BigDecimal value, Instant effectiveAt) {
    }

    /**
     * What is wrong with a measurement from another system before anything is stored: a code we do not measure, a
     * value outside the instrument's range or with more decimals than we keep, a time in the future. The import
     * reports these and stores none of them.
     */
    public List<ItemProblem> importProblems(ImportedMeasurement m) {
        List<ItemProblem> problems = new ArrayList<>();
        java.util.Optional<Instrument> instrument = instrumentFor(m.code());
        if (instrument.isEmpty()) {
            problems.add(new ItemProblem("code", "No measure here has the code " + m.code() + "."));
            return problems;
        }
        Instrument i = instrument.get();
        if (m.value() == null) {
            problems.add(new ItemProblem("value", "The value is missing."));
        } else if (m.value().compareTo(i.min()) < 0 || m.value().compareTo(i.max()) > 0) {
            problems.add(new ItemProblem("value", i.title() + " runs from " + i.min().toPlainString() + " to "
                    + i.max().toPlainString() + "; the value is " + m.value().toPlainString() + "."));
        } else if (m.value().stripTrailingZeros().scale() > 4) {
            problems.add(new ItemProblem("value", "Values are kept to four decimals at most."));
        }
        if (m.effectiveAt() == null) {
            problems.add(new ItemProblem("effective", "The time it was measured is missing."));
        } else if (m.effectiveAt().isAfter(clock.instant())) {
            problems.add(new ItemProblem("effective", "The time it was measured is in the future."));
        }
        return problems;
    }

    /**
     * Stores measurements from another system (source IMPORTED), skipping any already on the record (the same code,
     * value and time to the millisecond, as a FHIR export writes times), so an import can be repeated. No progress
     * alerts are raised: imported history is not news. One audit event for the lot; returns, for each measurement,
     * whether it was stored.
     */
    @Transactional
    public List<Boolean> importMeasurements(CurrentUser user, UUID patientId, List<ImportedMeasurement> incoming) {
        records.require(user, patientId, PatientAction.IMPORT_RECORDS);
        List<ItemProblem> problems = new ArrayList<>();
        incoming.forEach(m -> problems.addAll(importProblems(m)));
        if (!problems.isEmpty()) {
            throw new InvalidOutcomeException(problems);
        }
        List<Boolean> stored = new ArrayList<>();
        for (ImportedMeasurement m : incoming) {
            Instrument instrument = instrumentFor(m.code()).orElseThrow();
            boolean present = measurements.exists(patientId, m.code(), m.value(), m.effectiveAt());
            if (!present) {
                measurements.insert(new Measurement(0, patientId, m.code(), m.value(), instrument.unit(),
                        m.effectiveAt(), Source.IMPORTED, null, null, null, List.of()));
            }
            stored.add(!present);
        }
        audit.write(user, "outcome.measurement.import", patientId, "measurement",
                String.valueOf(stored.stream().filter(Boolean::booleanValue).count()));
        return stored;
    }

    /** The instrument a measurement code belongs to (pain after a session is the pain scale). */
    private java.util.Optional<Instrument> instrumentFor(String code) {
        String id = Measurement.PAIN_AFTER_SESSION.equals(code) ? Measurement.PAIN : code;
        return id == null ? java.util.Optional.empty() : catalog.find(id).map(Availability::instrument)
                .filter(i -> i.id().equals(id));
    }

    /** Observations newest first, one page ({@code size} at most 100, plus one to tell whether more follow). */
    @Transactional(readOnly = true)
    public List<Measurement> observations(CurrentUser user, UUID patientId, String code, Instant from, Instant to,
            int page, int size) {
        records.require(user, patientId, PatientAction.VIEW_CLINICAL);
        List<ItemProblem> problems = new ArrayList<>();
        if (code != null && catalog.find(code).isEmpty() && !Measurement.PAIN_AFTER_SESSION.equals(code)) {
            problems.add(new ItemProblem("code", "There is no instrument " + code + "."));
        }
        if (page < 0) {
            problems.add(new ItemProblem("page", "Pages start at 0."));
        }
        if (size < 1 || size > 101) {
            problems.add(new ItemProblem("size", "Ask for 1 to 100 observations a page."));
        }
        if (from != null && to != null && !from.isBefore(to)) {
            problems.add(new ItemProblem("from", "from must be before to."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidOutcomeException(problems);
        }
        String normalised = code == null ? null : catalog.find(code).map(a -> a.instrument().id()).orElse(code);
        List<Measurement> rows = measurements.timeline(patientId, normalised, from == null ? Instant.EPOCH : from,
                to == null ? Instant.parse("9999-12-31T00:00:00Z") : to, size, (long) page * size);
        audit.read(user, "outcome.observations.read", patientId, "measurement", normalised);
        return rows;
    }

    /** An answered questionnaire as stored: the answers in item order (null where skipped) and the score. */
    public record AnsweredQuestionnaire(UUID id, Instrument instrument, List<Object> answers, List<String> activities,
            BigDecimal score, Instant effectiveAt) {
    }

    /** The patient's answered questionnaires, oldest first (for the FHIR export); audited as a read. */
    @Transactional(readOnly = true)
    public List<AnsweredQuestionnaire> responses(CurrentUser user, UUID patientId) {
        records.require(user, patientId, PatientAction.VIEW_CLINICAL);
        List<AnsweredQuestionnaire> answered = new ArrayList<>();
        for (StoredResponse r : stored.responsesOf(patientId)) {
            catalog.find(r.instrument()).ifPresent(a -> answered.add(new AnsweredQuestionnaire(r.publicId(),
                    a.instrument(), java.util.Arrays.asList(json.readValue(r.answers(), Object[].class)),
                    r.activities(), r.score().value(), r.effectiveAt())));
        }
        audit.read(user, "outcome.responses.read", patientId, RESPONSE, String.valueOf(answered.size()));
        return answered;
    }

    /** Change from baseline for every instrument the patient has measurements of. */
    @Transactional(readOnly = true)
    public List<Change> progress(CurrentUser user, UUID patientId) {
        records.require(user, patientId, PatientAction.VIEW_CLINICAL);
        List<Change> changes = progressOf(patientId);
        audit.read(user, "outcome.progress.read", patientId, "measurement", null);
        return changes;
    }

    List<Change> progressOf(UUID patientId) {
        Map<String, Instrument> byCode = new LinkedHashMap<>();
        catalog.all().forEach(a -> byCode.put(a.instrument().id(), a.instrument()));
        List<Change> changes = new ArrayList<>();
        measurements.endsOf(patientId, byCode.keySet()).forEach((code, ends) -> changes.add(Change.between(
                byCode.get(code), ends.first().value(), ends.first().effectiveAt(), ends.latest().value(),
                ends.latest().effectiveAt())));
        return changes;
    }

    /** What the patient should answer now (baseline, every 4 weeks, weekly ratings), overdue ones flagged. */
    @Transactional(readOnly = true)
    public List<Due> due(CurrentUser user, UUID patientId) {
        Patient patient = records.require(user, patientId, PatientAction.VIEW_CLINICAL);
        List<Due> due = dueOf(patient);
        audit.read(user, "outcome.due.read", patientId, RESPONSE, null);
        return due;
    }

    List<Due> dueOf(Patient patient) {
        List<Instrument> usable = catalog.all().stream().filter(Availability::available).map(Availability::instrument)
                .toList();
        PlanMeasuring plan = plans.measuringChecked(patient.publicId());
        Schedules.Cadence cadence = new Schedules.Cadence(plan.measuring().questionnaireWeeks() * 7,
                plan.measuring().ratingWeeks() * 7, plan.lastPlanCompleted());
        return Schedules.due(usable, stored.lastAnswered(patient.publicId()), patient.createdAt(), cadence,
                clinic.today(clock), clinic.zone());
    }

    /** The instrument to answer, for the questionnaire page (it may be unavailable; the page says why). */
    @Transactional(readOnly = true)
    public Availability form(CurrentUser user, UUID patientId, String instrument) {
        records.require(user, patientId, PatientAction.EDIT_CLINICAL);
        Availability found = catalog.find(instrument).orElseThrow(org.kneadwell.patient.PatientNotFoundException::new);
        audit.read(user, "outcome.form.read", patientId, RESPONSE, found.instrument().id());
        return found;
    }

    /** The latest diary entries, newest first. */
    @Transactional(readOnly = true)
    public List<DiaryEntry> diary(CurrentUser user, UUID patientId, int limit) {
        records.require(user, patientId, PatientAction.VIEW_CLINICAL);
        List<DiaryEntry> entries = stored.recentDiary(patientId, limit);
        audit.read(user, "outcome.diary.read", patientId, DIARY, null);
        return entries;
    }

    private Instant effectiveAt(Instant given, Instant now) {
        if (given == null) {
            return now;
        }
        if (given.isAfter(now)) {
            throw InvalidOutcomeException.of("effectiveAt", "This time is in the future.");
        }
        return given;
    }

    private List<String> activities(Instrument instrument, Submission submission) {
        List<String> given = submission.activities() == null ? List.of() : submission.activities();
        if (!instrument.patientNamesItems()) {
            if (!given.isEmpty()) {
                throw InvalidOutcomeException.of("activities", instrument.title() + " has no activities to name.");
            }
            return List.of();
        }
        List<ItemProblem> problems = new ArrayList<>();
        int answered = (int) submission.answers().stream().filter(java.util.Objects::nonNull).count();
        for (int i = 0; i < answered; i++) {
            String name = i < given.size() ? given.get(i) : null;
            if (name == null || name.isBlank()) {
                problems.add(new ItemProblem("activities[" + i + "]", "Name the activity you rated."));
            } else if (name.length() > MAX_ACTIVITY) {
                problems.add(new ItemProblem("activities[" + i + "]", "Keep the activity under " + MAX_ACTIVITY
                        + " characters."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidOutcomeException(problems);
        }
        return given.subList(0, answered).stream().map(String::strip).toList();
    }

    private void alertRedFlags(Patient patient) {
        Set<Long> therapists = records.careTeam(patient).stream().filter(m -> m.teamRole() == TeamRole.THERAPIST)
                .map(CareTeamMember::accountId).collect(Collectors.toSet());
        if (!therapists.isEmpty()) {
            events.publishEvent(new CareTeamAlert(patient.publicId(), therapists, CareTeamAlert.Level.WARNING,
                    patient.displayName() + " reported a red-flag symptom in the pain diary. Please contact them "
                            + "today and repeat the safety screen before the next session.",
                    "/patients/" + patient.publicId() + "#outcomes", true, true));
        }
    }
}
