package org.kneadwell.screening.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.kneadwell.screening.policy.ClinicRule.AvoidRegion;
import org.kneadwell.screening.policy.ClinicRule.PressureCap;
import org.kneadwell.shared.Technique;

/**
 * Turns intake answers into the screen's two answers (screening contract §2): triage, and a verdict per
 * technique. A pure function of the input and the policy; it stores nothing and reads no clock.
 */
public final class ScreeningEngine {

    private ScreeningEngine() {
    }

    public static ScreeningResult evaluate(ScreeningInput input, ScreeningPolicy policy) {
        Triage triage = Triaging.triage(input, policy);
        boolean clearanceRequired = triage.tier().isAtLeast(TriageTier.CLINICIAN_REVIEW)
                || !Triaging.clearanceReasons(input, policy).isEmpty();
        List<TechniqueVerdict> conditionVerdicts = conditionVerdicts(input, policy, clearanceRequired);
        List<TechniqueVerdict> techniques = conditionVerdicts;
        if (triage.massageOnHold()) {
            techniques = new ArrayList<>();
            for (Technique technique : Technique.values()) {
                techniques.add(Restrictions.contraindicated(technique, clearanceRequired, triage.reasons()));
            }
        }
        StartBackScore startBack = input.startBack() == null ? null : input.startBack().score();
        return new ScreeningResult(policy.version(), input.chronic(), triage, clearanceRequired, startBack,
                techniques, conditionVerdicts);
    }

    /**
     * The triage the red-flag answers give on their own, under the same rules as a whole screen (§2.1): what an
     * intake knows as soon as its red-flag questions are answered, before the rest is filled in. Only the flags and
     * the current pain (which RF17 reads) take part; conditions and causes reach no tier above clinician review, so
     * an {@code EMERGENCY}, {@code URGENT} or {@code PROMPT} here is the one the submitted screen will give.
     *
     * @param painIntensity current pain 0-10, or {@code null} if not answered yet
     */
    public static Triage redFlagTriage(Set<RedFlag> redFlags, Integer painIntensity) {
        // Triage reads no duration; 0 only satisfies the input's shape.
        ScreeningInput flagsOnly = new ScreeningInput(null, 0, painIntensity, null, null, null, redFlags, null, null);
        return Triaging.triage(flagsOnly, ScreeningPolicy.reference());
    }

    /** The verdicts the recorded conditions give, as if there were no hold. */
    private static List<TechniqueVerdict> conditionVerdicts(ScreeningInput input, ScreeningPolicy policy,
            boolean clearanceRequired) {
        List<TechniqueVerdict> verdicts = new ArrayList<>();
        for (Technique technique : Technique.values()) {
            Restrictions restrictions = new Restrictions(technique);
            for (ConditionEntry entry : input.conditions()) {
                for (ConditionRule row : policy.referenceRows()) {
                    if (row.appliesTo(entry)) {
                        restrictions.add(row.effectOn(technique), entry, row.reason());
                    }
                }
                for (ClinicRule rule : policy.clinicRulesFor(entry)) {
                    Reason reason = new Reason(entry.code().name(), rule.describe(), List.of(SourceTags.CLINIC));
                    restrictions.add(clinicEffect(rule, technique), entry, reason);
                }
            }
            verdicts.add(restrictions.verdict(input.treatmentRegions(), clearanceRequired));
        }
        return verdicts;
    }

    private static Effect clinicEffect(ClinicRule rule, Technique technique) {
        if (rule instanceof PressureCap cap && cap.technique() == technique) {
            return Effect.cap(cap.maxPressure());
        }
        if (rule instanceof AvoidRegion avoid && avoid.appliesTo(technique)) {
            return Effect.avoid(avoid.region());
        }
        return Effect.NO_EFFECT; // other techniques; RequireClearance is triage's business
    }
}
