package org.kneadwell.clearance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.kneadwell.screening.policy.Heat;
import org.kneadwell.screening.policy.Reason;
import org.kneadwell.screening.policy.ScreeningResult;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.screening.policy.TechniqueVerdict;
import org.kneadwell.shared.Technique;

/**
 * The one place that says what may be done for a patient on a day (issue 4), from the latest screen and the latest
 * clearance. Booking and session notes must ask only this.
 * <p>
 * The safety invariant: nothing is allowed that neither the screen nor an explicit permission allows, and a
 * clearance scope narrows everything it does not explicitly lift. Without a screen nothing is allowed; a red-flag
 * hold stands until a counting clearance says it lifts it, and then the conditions' own verdicts still apply
 * (screening contract §2.1); a screen that needs clearance allows nothing until a clearance counts.
 */
public final class EffectiveSafety {

    private EffectiveSafety() {
    }

    /**
     * @param screen    the latest screen, or {@code null} if no intake has been screened
     * @param clearance the latest clearance, or {@code null}; it counts only if {@link Clearance#isValidOn} the day
     */
    public static SafetyToday on(LocalDate day, ScreeningResult screen, Clearance clearance) {
        Objects.requireNonNull(day, "day");
        if (screen == null) {
            return noScreen(day);
        }
        Clearance counting = clearance != null && clearance.isValidOn(day) ? clearance : null;
        boolean heldByScreen = screen.triage().massageOnHold();
        boolean onHold = heldByScreen && (counting == null || !counting.scope().liftsHold());
        List<TechniqueVerdict> base = heldByScreen ? screen.conditionVerdicts() : screen.techniques();
        List<EffectiveVerdict> verdicts = new ArrayList<>();
        for (Technique technique : Technique.values()) {
            TechniqueVerdict verdict = base.get(technique.ordinal());
            if (onHold) {
                verdicts.add(held(technique, screen.triage().reasons()));
            } else if (counting != null) {
                verdicts.add(ClearedTechnique.apply(verdict, base, screen, counting));
            } else if (screen.clearanceRequired()) {
                verdicts.add(awaiting(verdict));
            } else {
                verdicts.add(asScreened(verdict));
            }
        }
        ClearanceStatus status = status(day, screen, clearance, counting);
        boolean datedStatus = status == ClearanceStatus.VALID || status == ClearanceStatus.EXPIRED;
        return new SafetyToday(day, status, onHold, datedStatus ? clearance.validUntil() : null, verdicts);
    }

    private static ClearanceStatus status(LocalDate day, ScreeningResult screen, Clearance clearance,
            Clearance counting) {
        if (counting != null) {
            return ClearanceStatus.VALID;
        }
        if (clearance != null && clearance.isExpiredOn(day)) {
            return ClearanceStatus.EXPIRED;
        }
        return screen.clearanceRequired() || screen.triage().massageOnHold() ? ClearanceStatus.AWAITING
                : ClearanceStatus.NOT_NEEDED;
    }

    private static SafetyToday noScreen(LocalDate day) {
        List<EffectiveVerdict> verdicts = new ArrayList<>();
        Limit limit = new Limit(LimitSource.NO_SCREEN, "NO_SCREEN",
                "No intake has been screened yet: nothing may be done until it is.", List.of());
        for (Technique technique : Technique.values()) {
            verdicts.add(contraindicated(technique, List.of(limit)));
        }
        return new SafetyToday(day, ClearanceStatus.NO_SCREEN, false, null, verdicts);
    }

    /** A hold: every technique contraindicated, naming the red flags that set the tier. */
    private static EffectiveVerdict held(Technique technique, List<Reason> triageReasons) {
        List<Limit> limits = new ArrayList<>();
        for (Reason reason : triageReasons) {
            limits.add(Limits.of(LimitSource.HOLD, reason));
        }
        return contraindicated(technique, limits);
    }

    /** Not allowed until a clearance counts, but showing what the screen says. */
    private static EffectiveVerdict awaiting(TechniqueVerdict verdict) {
        List<Limit> limits = Limits.fromScreen(verdict);
        limits.add(new Limit(LimitSource.AWAITING_CLEARANCE, "AWAITING_CLEARANCE",
                "A clinician must clear treatment before the first session.", List.of()));
        return new EffectiveVerdict(verdict.technique(), false, verdict.status(), verdict.maxPressure(),
                verdict.heat(), verdict.avoidRegions(), limits);
    }

    private static EffectiveVerdict asScreened(TechniqueVerdict verdict) {
        return new EffectiveVerdict(verdict.technique(), verdict.status() != TechniqueStatus.CONTRAINDICATED,
                verdict.status(), verdict.maxPressure(), verdict.heat(), verdict.avoidRegions(),
                Limits.fromScreen(verdict));
    }

    static EffectiveVerdict contraindicated(Technique technique, List<Limit> limits) {
        return new EffectiveVerdict(technique, false, TechniqueStatus.CONTRAINDICATED, 0, Heat.NONE, new TreeSet<>(),
                limits);
    }
}
