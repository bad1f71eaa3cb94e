package org.kneadwell.screening.policy;

import java.util.List;
import java.util.Objects;

import org.kneadwell.shared.Technique;

/**
 * The outcome of a screen (screening contract §2, §4).
 *
 * @param policyVersion      the policy that decided, e.g. {@code 2026.1} or {@code 2026.1+clinic.3}
 * @param chronic            pain of 13 weeks or more [S45]
 * @param clearanceRequired  a clinician must clear treatment first (a condition asks, or triage is
 *                           {@code CLINICIAN_REVIEW} or more urgent)
 * @param startBack          the STarT Back score, or {@code null} if the answers were not given
 * @param techniques         the five verdicts in {@link Technique} order; all contraindicated while on hold
 * @param conditionVerdicts  the verdicts the conditions alone give, as if there were no hold: a clearance
 *                           that lifts the hold must still respect them; equal to {@code techniques} otherwise
 */
public record ScreeningResult(String policyVersion, boolean chronic, Triage triage, boolean clearanceRequired,
        StartBackScore startBack, List<TechniqueVerdict> techniques, List<TechniqueVerdict> conditionVerdicts) {

    public ScreeningResult {
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(triage, "triage");
        techniques = inTechniqueOrder(techniques);
        conditionVerdicts = inTechniqueOrder(conditionVerdicts);
        if (!triage.massageOnHold() && !techniques.equals(conditionVerdicts)) {
            throw new IllegalArgumentException("Without a hold the verdicts are the conditions' verdicts");
        }
    }

    /** The verdict for one technique. */
    public TechniqueVerdict verdict(Technique technique) {
        return techniques.get(technique.ordinal());
    }

    private static List<TechniqueVerdict> inTechniqueOrder(List<TechniqueVerdict> verdicts) {
        List<TechniqueVerdict> copy = List.copyOf(verdicts);
        Technique[] order = Technique.values();
        if (copy.size() != order.length) {
            throw new IllegalArgumentException("A result lists all five techniques");
        }
        for (int i = 0; i < order.length; i++) {
            if (copy.get(i).technique() != order[i]) {
                throw new IllegalArgumentException("Techniques are listed in the order of the contract, §1");
            }
        }
        return copy;
    }
}
