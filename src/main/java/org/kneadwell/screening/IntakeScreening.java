package org.kneadwell.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kneadwell.screening.policy.Bothersomeness;
import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.ConditionEntry;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.screening.policy.ScreeningEngine;
import org.kneadwell.screening.policy.ScreeningInput;
import org.kneadwell.screening.policy.StartBackAnswers;
import org.kneadwell.screening.policy.Triage;
import org.kneadwell.screening.policy.TriageTier;

/** Translates intake answers into the policy engine's input, and says what is still missing before submitting. */
final class IntakeScreening {

    private IntakeScreening() {
    }

    /** The message key of what is wrong with one condition's extra answers, if anything. */
    static Optional<String> problemWith(ConditionAnswer answer) {
        try {
            entry(answer);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            ConditionCode code = ConditionCode.valueOf(answer.code());
            return Optional.of(code == ConditionCode.PREGNANCY ? "intake.error.pregnancyWeeks" : "intake.error.regionsRequired");
        }
    }

    /** Field to message key for every answer the screen needs that is missing; empty when ready to submit. */
    static Map<String, String> missing(IntakeAnswers a) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (a.painDurationWeeks() == null) {
            missing.put("durationAmount", "intake.missing.duration");
        }
        if (a.currentIntensity() == null) {
            missing.put("currentIntensity", "intake.missing.intensity");
        }
        for (RedFlag flag : RedFlag.values()) {
            if (!a.redFlags().containsKey(flag.name())) {
                missing.put("redFlags", "intake.missing.redFlags");
                break;
            }
        }
        a.conditions().forEach(c -> problemWith(c).ifPresent(p -> missing.put("condition." + c.code(), p)));
        if (a.bothersomeness() == null || a.startBackAgree().contains(null)) {
            missing.put("startBack", "intake.missing.startBack");
        }
        if (!Boolean.TRUE.equals(a.shareWithCareTeam())) {
            missing.put("shareWithCareTeam", "intake.missing.share");
        }
        if (a.contactOwnDoctor() == null) {
            missing.put("contactOwnDoctor", "intake.missing.contactDoctor");
        }
        return missing;
    }

    /** The engine's input; call only when {@link #missing} is empty. */
    static ScreeningInput input(IntakeAnswers a, Integer ageYears) {
        Set<RedFlag> flags = yesFlags(a);
        List<ConditionEntry> conditions = new ArrayList<>();
        a.conditions().forEach(c -> conditions.add(entry(c)));
        for (Medicine medicine : a.medicines()) {
            ConditionCode implied = ConditionCode.valueOf(medicine.conditionCode());
            if (conditions.stream().noneMatch(c -> c.code() == implied)) {
                conditions.add(new ConditionEntry(implied, Set.of(), null, false, false));
            }
        }
        return new ScreeningInput(ageYears, a.painDurationWeeks(), a.currentIntensity(), a.painRegions(), a.causes(),
                a.painRegions(), flags, conditions, startBack(a));
    }

    /**
     * The tier the red-flag answers given so far set on their own (with the current pain, which RF17 reads), by the
     * policy's own triage rules: an intake that has it at {@code EMERGENCY} tells the patient at once.
     */
    static Triage redFlagTriage(IntakeAnswers a) {
        return ScreeningEngine.redFlagTriage(yesFlags(a), a.currentIntensity());
    }

    /** Whether the red-flag answers given so far send the patient to an emergency department now. */
    static boolean callsForEmergency(IntakeAnswers a) {
        return redFlagTriage(a).tier() == TriageTier.EMERGENCY;
    }

    static Set<RedFlag> yesFlags(IntakeAnswers a) {
        Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        a.redFlags().forEach((code, yes) -> {
            if (yes) {
                flags.add(RedFlag.valueOf(code));
            }
        });
        return flags;
    }

    private static StartBackAnswers startBack(IntakeAnswers a) {
        if (a.bothersomeness() == null || a.startBackAgree().size() != 8 || a.startBackAgree().contains(null)) {
            return null;
        }
        return new StartBackAnswers(a.startBackAgree(), Bothersomeness.valueOf(a.bothersomeness()));
    }

    private static ConditionEntry entry(ConditionAnswer c) {
        return new ConditionEntry(ConditionCode.valueOf(c.code()), c.regions(), c.weeks(), c.highRisk(),
                c.contagious());
    }
}
