package org.kneadwell.screening.policy;

import static org.kneadwell.screening.policy.TriageTier.CLINICIAN_REVIEW;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kneadwell.screening.policy.ClinicRule.RequireClearance;
import org.kneadwell.shared.Cause;

/**
 * Screening contract §2.1: the first tier any rule fires at is the answer, and every red flag of a rule that
 * fires at that tier is a reason. At {@code CLINICIAN_REVIEW} the conditions that ask for clearance and the
 * cause {@code INFLAMMATORY_ARTHRITIS} are reasons too. Nothing is derived from one answer for another.
 */
final class Triaging {

    /**
     * Inflammatory arthritis needs a rheumatology referral; of its sources ([S10][S11], clinical-reference §5.2)
     * the clinician-review line cites S11.
     */
    private static final Reason INFLAMMATORY_ARTHRITIS = new Reason(Cause.INFLAMMATORY_ARTHRITIS.name(),
            "Inflammatory arthritis: a clinician must review this before the first session.", List.of("S11"));

    private Triaging() {
    }

    static Triage triage(ScreeningInput input, ScreeningPolicy policy) {
        for (TriageTier tier : List.of(TriageTier.EMERGENCY, TriageTier.URGENT, TriageTier.PROMPT, CLINICIAN_REVIEW)) {
            Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
            TriageTable.RULES.stream().filter(rule -> rule.tier() == tier).forEach(rule -> flags.addAll(rule.matched(input)));
            List<Reason> reasons = new ArrayList<>();
            flags.forEach(flag -> reasons.add(new Reason(flag.name(), flag.summary() + ": " + instruction(tier),
                    TriageTable.sourcesOf(flag, tier))));
            if (tier == CLINICIAN_REVIEW) {
                reasons.addAll(clearanceReasons(input, policy));
                if (input.causes().contains(Cause.INFLAMMATORY_ARTHRITIS)) {
                    reasons.add(INFLAMMATORY_ARTHRITIS);
                }
            }
            if (!reasons.isEmpty()) {
                return Triage.of(tier, reasons);
            }
        }
        return Triage.of(TriageTier.NONE, List.of());
    }

    /** One reason per recorded condition that asks for clearance (a reference row or a clinic rule). */
    static List<Reason> clearanceReasons(ScreeningInput input, ScreeningPolicy policy) {
        Map<ConditionCode, Set<String>> sources = new LinkedHashMap<>();
        for (ConditionEntry entry : input.conditions()) {
            for (ConditionRule row : policy.referenceRows()) {
                if (row.appliesTo(entry) && row.clearance().requiredFor(entry)) {
                    sources.computeIfAbsent(entry.code(), code -> new LinkedHashSet<>()).addAll(row.sources());
                }
            }
            for (ClinicRule rule : policy.clinicRulesFor(entry)) {
                if (rule instanceof RequireClearance) {
                    sources.computeIfAbsent(entry.code(), code -> new LinkedHashSet<>()).add(SourceTags.CLINIC);
                }
            }
        }
        List<Reason> reasons = new ArrayList<>();
        sources.forEach((code, tags) -> reasons.add(new Reason(code.name(),
                code.label() + ": a clinician must clear massage before the first session.", List.copyOf(tags))));
        return reasons;
    }

    private static String instruction(TriageTier tier) {
        return switch (tier) {
            case EMERGENCY -> "go to an emergency department now.";
            case URGENT -> "see a doctor within 24 hours.";
            case PROMPT -> "see a doctor within days, and at most two weeks; massage waits until then.";
            case CLINICIAN_REVIEW -> "a clinician must review this before the first session.";
            case NONE -> throw new IllegalArgumentException("No instruction without a tier");
        };
    }
}
