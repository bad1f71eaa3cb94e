package org.kneadwell.screening.policy;

import java.util.List;

import org.kneadwell.screening.policy.ClinicRule.AvoidRegion;
import org.kneadwell.screening.policy.ClinicRule.PressureCap;
import org.kneadwell.screening.policy.ClinicRule.RequireClearance;
import org.kneadwell.shared.Technique;

/**
 * Checks clinic rules against the reference table's base rows (those that apply to every entry of a
 * condition): a clinic may only make the policy stricter (screening contract §2.4).
 */
final class Tightening {

    private Tightening() {
    }

    static void check(ClinicRule rule) {
        if (rule instanceof PressureCap cap) {
            if (contraindicated(cap.condition(), cap.technique())) {
                throw new PolicyLoosenedException(rule, cap.technique() + " is already contraindicated with "
                        + cap.condition() + "; a pressure cap would allow it.");
            }
            int reference = referenceCap(cap.condition(), cap.technique());
            if (cap.maxPressure() >= reference) {
                throw new PolicyLoosenedException(rule, "the reference policy already caps it at level " + reference
                        + "; a clinic cap must be lower.");
            }
        } else if (rule instanceof AvoidRegion avoid) {
            boolean tightensSome = false;
            for (Technique technique : Technique.values()) {
                tightensSome |= avoid.appliesTo(technique) && !contraindicated(avoid.condition(), technique)
                        && !alreadyAvoided(avoid, technique);
            }
            if (!tightensSome) {
                throw new PolicyLoosenedException(rule, "the reference policy already avoids that region or "
                        + "contraindicates the technique with " + avoid.condition() + ".");
            }
        } else if (rule instanceof RequireClearance clearance && alwaysRequiresClearance(clearance)) {
            throw new PolicyLoosenedException(rule, "clearance is already required for " + clearance.condition() + ".");
        }
    }

    private static List<ConditionRule> baseRows(ConditionCode code) {
        return ConditionTable.ROWS.stream().filter(row -> row.code() == code && row.isBaseRow()).toList();
    }

    static boolean contraindicated(ConditionCode code, Technique technique) {
        return baseRows(code).stream().anyMatch(row -> row.effectOn(technique).contraindicated());
    }

    static int referenceCap(ConditionCode code, Technique technique) {
        return baseRows(code).stream().mapToInt(row -> row.effectOn(technique).maxPressure())
                .min().orElse(TechniqueVerdict.NO_CAP);
    }

    private static boolean alreadyAvoided(AvoidRegion avoid, Technique technique) {
        return baseRows(avoid.condition()).stream()
                .anyMatch(row -> row.effectOn(technique).fixedRegions().contains(avoid.region()));
    }

    private static boolean alwaysRequiresClearance(RequireClearance rule) {
        return baseRows(rule.condition()).stream().anyMatch(row -> row.clearance() == Clearance.ALWAYS);
    }
}
