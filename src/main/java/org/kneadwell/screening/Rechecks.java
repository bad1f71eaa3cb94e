package org.kneadwell.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.ConditionEntry;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.screening.policy.ScreeningEngine;
import org.kneadwell.screening.policy.ScreeningInput;
import org.kneadwell.screening.policy.ScreeningResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A short re-check between screens (the check-in before a session; later the pain diary) becomes a new screen under
 * screening contract §5 when it raises anything: the patient's latest screen's answers with the re-check's answers
 * ({@link RecheckScreen}), screened by the engine under the clinic's current policy and stored like every other
 * screen, so the care team's alerts, the clearance request, effective safety and booked sessions follow. A re-check
 * that raises nothing stores nothing.
 */
@Service
public class Rechecks {

    /** The re-check's red-flag questions, in order (contract §1: RF1–RF5, RF7, RF8). */
    public static final List<String> RED_FLAGS = RecheckScreen.QUESTIONS.stream().map(Enum::name).toList();

    /** The medicine groups a re-check asks about ("started a blood thinner"). */
    public static final List<String> MEDICINES = Arrays.stream(Medicine.values()).map(Enum::name).toList();

    /** New conditions a simple form can offer as a tick box: those that need no region, weeks or other answer. */
    public static final List<String> SIMPLE_CONDITIONS = Arrays.stream(ConditionCode.values())
            .filter(c -> !c.requiresRegions() && !c.takesWeeks()).map(Enum::name).toList();

    private final Screenings screenings;
    private final ScreeningResults results;
    private final PatientRecords patients;
    private final CurrentScreeningPolicy policy;

    Rechecks(Screenings screenings, ScreeningResults results, PatientRecords patients, CurrentScreeningPolicy policy) {
        this.screenings = screenings;
        this.results = results;
        this.patients = patients;
        this.policy = policy;
    }

    /**
     * Checks every answer (all problems at once, each named by its field: {@code painNow}, {@code redFlags[i]},
     * {@code newConditions[i].code}, {@code newMedicines[i]}) and throws {@link InvalidScreeningRequestException}
     * having stored nothing; else stores a new screen if the answers raise anything. Joins the caller's transaction,
     * so a caller that stores the re-check itself stores both or neither.
     */
    @Transactional
    public RecheckResult recheck(CurrentUser user, UUID patientId, Recheck answers) {
        return recheck(user, patientId, answers, Occasion.CHECK_IN);
    }

    /** Where the re-check's answers were given, as the care team's alert says it. */
    public enum Occasion {
        CHECK_IN("at the check-in before a session"), PAIN_DIARY("in the pain diary");

        private final String words;

        Occasion(String words) {
            this.words = words;
        }
    }

    /** As {@link #recheck(CurrentUser, UUID, Recheck)}, saying where the answers were given. */
    @Transactional
    public RecheckResult recheck(CurrentUser user, UUID patientId, Recheck answers, Occasion occasion) {
        Patient patient = patients.require(user, patientId, PatientAction.EDIT_CLINICAL);
        RecheckScreen.Answers read = read(answers);
        Optional<StoredScreening> latest = results.latest(patientId);
        ScreeningInput before = latest.map(StoredScreening::input).orElse(null);
        ScreeningResult beforeResult = before == null ? null : latest.get().result();
        ScreeningInput next = RecheckScreen.rescreen(before, read);
        ScreeningResult nextResult = ScreeningEngine.evaluate(next, policy.current());
        if (!RecheckScreen.raisesSomething(before, beforeResult, next, nextResult)) {
            return new RecheckResult(null, false, List.of());
        }
        StoredScreening stored = screenings.storeRecheck(user, patient, next, occasion.words);
        List<String> raised = new ArrayList<>();
        read.yes().stream().sorted().map(RedFlag::summary).forEach(raised::add);
        read.newConditions().stream().map(c -> c.code().label()).forEach(raised::add);
        return new RecheckResult(stored.publicId(), stored.result().triage().massageOnHold(), raised);
    }

    /** Checks the answers without storing anything; the field errors are empty when they are fine. */
    public static Map<String, String> problems(Recheck answers) {
        try {
            read(answers);
            return Map.of();
        } catch (InvalidScreeningRequestException e) {
            return e.fieldErrors();
        }
    }

    static RecheckScreen.Answers read(Recheck answers) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer pain = null;
        if (answers.painNow() == null) {
            errors.put("painNow", "Required: pain right now, 0 (none) to 10 (worst imaginable).");
        } else {
            double value = answers.painNow().doubleValue();
            if (value != Math.rint(value) || value < 0 || value > ScreeningInput.MAX_PAIN_INTENSITY) {
                errors.put("painNow", "Pain right now is a whole number from 0 to 10.");
            } else {
                pain = (int) value;
            }
        }
        Set<RedFlag> yes = EnumSet.noneOf(RedFlag.class);
        for (int i = 0; i < answers.redFlags().size(); i++) {
            String code = answers.redFlags().get(i);
            RedFlag flag = Arrays.stream(RedFlag.values()).filter(f -> f.name().equals(code)).findFirst().orElse(null);
            if (flag == null || !RecheckScreen.QUESTIONS.contains(flag)) {
                errors.put("redFlags[" + i + "]", "Unknown code \"" + code + "\"; the check-in asks about "
                        + RED_FLAGS + ".");
            } else {
                yes.add(flag);
            }
        }
        List<ConditionEntry> conditions = new ArrayList<>(conditions(answers, errors));
        for (int i = 0; i < answers.newMedicines().size(); i++) {
            String code = answers.newMedicines().get(i);
            Medicine medicine = Arrays.stream(Medicine.values()).filter(m -> m.name().equals(code)).findFirst()
                    .orElse(null);
            if (medicine == null) {
                errors.put("newMedicines[" + i + "]", "Unknown code \"" + code + "\"; expected one of " + MEDICINES + ".");
            } else {
                ConditionCode implied = ConditionCode.valueOf(medicine.conditionCode());
                if (conditions.stream().noneMatch(c -> c.code() == implied)) {
                    conditions.add(ConditionEntry.of(implied));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidScreeningRequestException(errors);
        }
        return new RecheckScreen.Answers(pain, yes, conditions);
    }

    /** New conditions, read by the screening API's own reader so they take exactly the answers the contract says. */
    private static List<ConditionEntry> conditions(Recheck answers, Map<String, String> errors) {
        if (answers.newConditions().isEmpty()) {
            return List.of();
        }
        try {
            return ScreeningRequestReader.read(new EvaluateRequest(null, 0, null, null, null, null, null,
                    answers.newConditions(), null)).conditions();
        } catch (InvalidScreeningRequestException e) {
            e.fieldErrors().forEach((field, message) -> errors.put("new" + field.substring(0, 1).toUpperCase()
                    + field.substring(1), message));
            return List.of();
        }
    }
}
