package org.kneadwell.clearance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.shared.Technique;

/**
 * The effective safety for a patient on one day: the answer booking, session notes, recommendations, the chart
 * and {@code GET /api/v1/patients/{id}/safety} all ask for (issue 4, "What may be done today").
 *
 * @param onHold              a red-flag hold is still in force today (no counting clearance lifted it)
 * @param clearanceValidUntil the last day of the clearance, when it counts today or has expired; else {@code null}
 * @param techniques          the five techniques in {@link Technique} order
 */
public record SafetyToday(LocalDate day, ClearanceStatus clearanceStatus, boolean onHold,
        LocalDate clearanceValidUntil, List<EffectiveVerdict> techniques) {

    public SafetyToday {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(clearanceStatus, "clearanceStatus");
        techniques = List.copyOf(techniques);
        Technique[] order = Technique.values();
        if (techniques.size() != order.length) {
            throw new IllegalArgumentException("Effective safety lists all five techniques");
        }
        for (int i = 0; i < order.length; i++) {
            if (techniques.get(i).technique() != order[i]) {
                throw new IllegalArgumentException("Techniques are listed in the order of the contract, §1");
            }
        }
        if (onHold && techniques.stream().anyMatch(EffectiveVerdict::allowed)) {
            throw new IllegalArgumentException("Nothing is allowed while massage is on hold");
        }
    }

    /** The verdict for one technique. */
    public EffectiveVerdict verdict(Technique technique) {
        return techniques.get(technique.ordinal());
    }

    /** The one word for this state, the same on every page and in the API (contract §5.6). */
    public SafetyBadge badge() {
        if (onHold) {
            return SafetyBadge.ON_HOLD;
        }
        return switch (clearanceStatus) {
            case NO_SCREEN -> SafetyBadge.NO_INTAKE;
            case DECLINED -> SafetyBadge.DECLINED;
            case AWAITING, EXPIRED -> SafetyBadge.CLEARANCE_NEEDED;
            case VALID -> SafetyBadge.CLEARED;
            case NOT_NEEDED -> techniques.stream().allMatch(v -> v.allowed() && v.status() == TechniqueStatus.SUITABLE)
                    ? SafetyBadge.CLEAR : SafetyBadge.RESTRICTED;
        };
    }

    /** Whether anything at all may be done today. */
    public boolean anyAllowed() {
        return techniques.stream().anyMatch(EffectiveVerdict::allowed);
    }
}
