package org.kneadwell.screening.policy;

import static org.kneadwell.screening.policy.RedFlag.*;
import static org.kneadwell.screening.policy.TriageRule.anyOf;
import static org.kneadwell.screening.policy.TriageRule.counting;
import static org.kneadwell.screening.policy.TriageRule.together;
import static org.kneadwell.screening.policy.TriageRule.with;
import static org.kneadwell.screening.policy.TriageTier.CLINICIAN_REVIEW;
import static org.kneadwell.screening.policy.TriageTier.EMERGENCY;
import static org.kneadwell.screening.policy.TriageTier.PROMPT;
import static org.kneadwell.screening.policy.TriageTier.URGENT;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The red-flag rules of screening contract §2.1, one line per rule, most urgent tier first, with each tier
 * line's source tags. Conditions that ask for clearance and the cause {@code INFLAMMATORY_ARTHRITIS} also set
 * {@code CLINICIAN_REVIEW}; {@link Triaging} adds them.
 */
final class TriageTable {

    static final Set<RedFlag> INFLAMMATORY_FEATURES = EnumSet.of(RF18A, RF18B, RF18C, RF18D, RF18E);
    /** "Acute severe pain" for RF17: a current intensity of 8 or more [S49]. */
    static final int SEVERE_PAIN = 8;

    static final Map<TriageTier, List<String>> TIER_SOURCES = Map.of(
            EMERGENCY, SourceTags.parse("S3 S7 S8 S5 S49"),
            URGENT, SourceTags.parse("S5 S8 S9"),
            PROMPT, SourceTags.parse("S4 S8 S10"),
            CLINICIAN_REVIEW, SourceTags.parse("S8 S9 S11 S48"));

    static final List<TriageRule> RULES = List.of(
            anyOf(EMERGENCY, RF1, RF2, RF3, RF4, RF5, RF7),
            together(EMERGENCY, RF8, RF9),
            together(EMERGENCY, RF10, RF1, RF2, RF3, RF4, RF5, RF6, RF7),
            with(EMERGENCY, "RF17 with pain of 8 or more", RF17,
                    input -> input.painIntensity() != null && input.painIntensity() >= SEVERE_PAIN),
            anyOf(URGENT, RF8),
            together(URGENT, RF10, RF11, RF12, RF13, RF14),
            anyOf(PROMPT, RF11, RF12, RF14),
            counting(PROMPT, "four or more of RF18A-E", n -> n >= 4, INFLAMMATORY_FEATURES),
            anyOf(CLINICIAN_REVIEW, RF6, RF9, RF10, RF13, RF15, RF16, RF17),
            counting(CLINICIAN_REVIEW, "exactly three of RF18A-E", n -> n == 3, INFLAMMATORY_FEATURES));

    private TriageTable() {
    }

    /**
     * A flag's sources at a tier: those of its own §2.2 row that the tier line also cites (RF15 at clinician
     * review: S8, S9), or its own if the tier line cites none of them (RF13 alone: S5).
     */
    static List<String> sourcesOf(RedFlag flag, TriageTier tier) {
        List<String> common = SourceTags.common(flag.sources(), TIER_SOURCES.get(tier));
        return common.isEmpty() ? flag.sources() : common;
    }
}
