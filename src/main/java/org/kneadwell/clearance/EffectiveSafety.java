package org.kneadwell.clearance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.kneadwell.screening.policy.Heat;
import org.kneadwell.screening.policy.Reason;
import org.kneadwell.screening.policy.ScreenFacts;
import org.kneadwell.screening.policy.ScreeningResult;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.screening.policy.TechniqueVerdict;
import org.kneadwell.shared.Technique;

/**
 * The one place that says what may be done for a patient on a day (screening contract §5): from the latest screen,
 * the screens since the clinician's last decision that raised what it did not cover, and that decision. Booking,
 * the chart, every list and home, and the API ask only this (through {@link PatientSafety}).
 * <p>
 * The safety invariant: nothing is allowed that neither the latest screen nor an explicit permission allows; a
 * clearance scope narrows everything it does not explicitly lift (§5.7); an unresolved hold or need for clearance
 * allows nothing until a clinician decides (§5.1–§5.3); a refusal allows nothing; without a screen nothing is allowed.
 */
public final class EffectiveSafety {

    private EffectiveSafety() {
    }

    /**
     * A single screen and the clearance approved for it, if any: the history of a patient screened once.
     *
     * @param screen    the screen, or {@code null} if no intake has been screened
     * @param clearance the clearance approved for that screen, or {@code null}
     */
    public static SafetyToday on(LocalDate day, ScreeningResult screen, Clearance clearance) {
        TimelineScreen only = screen == null ? null
                : new TimelineScreen(1, Instant.EPOCH, ScreenFacts.of(null, screen), screen);
        return on(day, SafetyHistory.of(only, clearance == null || only == null ? null
                : ClearanceDecision.approval(clearance, only.id())));
    }

    public static SafetyToday on(LocalDate day, SafetyHistory history) {
        Objects.requireNonNull(day, "day");
        if (history.latest().isEmpty()) {
            return noScreen(day);
        }
        ScreeningResult latest = history.latest().get().result();
        List<TimelineScreen> unresolved = history.unresolved();
        if (!unresolved.isEmpty()) {
            return unresolved(day, latest, unresolved.stream().map(TimelineScreen::result).toList());
        }
        ClearanceDecision decision = history.resolution();
        if (decision == null || decision.kind() == ClearanceDecision.Kind.NOT_NEEDED) {
            return asScreened(day, latest);
        }
        if (decision.kind() == ClearanceDecision.Kind.DECLINE) {
            return declined(day, latest, decision);
        }
        Clearance clearance = decision.clearance();
        if (clearance.isValidOn(day)) {
            return cleared(day, latest, clearance);
        }
        if (clearance.isExpiredOn(day)) {
            return expired(day, latest, clearance);
        }
        return awaitingAll(day, latest, ClearanceStatus.AWAITING, null); // decided after the day asked about
    }

    /** Screens that raised a hold or a need for clearance and no clinician has decided since (§5.1, §5.2). */
    private static SafetyToday unresolved(LocalDate day, ScreeningResult latest, List<ScreeningResult> unresolved) {
        Map<String, Reason> holdReasons = new LinkedHashMap<>();
        for (ScreeningResult screen : unresolved) {
            if (screen.triage().massageOnHold()) {
                screen.triage().reasons().forEach(r -> holdReasons.putIfAbsent(r.code(), r));
            }
        }
        if (holdReasons.isEmpty()) {
            return awaitingAll(day, latest, ClearanceStatus.AWAITING, null);
        }
        List<EffectiveVerdict> verdicts = new ArrayList<>();
        for (Technique technique : Technique.values()) {
            verdicts.add(held(technique, List.copyOf(holdReasons.values())));
        }
        return new SafetyToday(day, ClearanceStatus.AWAITING, true, null, verdicts);
    }

    private static SafetyToday asScreened(LocalDate day, ScreeningResult latest) {
        if (latest.triage().massageOnHold()) { // cannot be covered by a "not needed"; stay safe if it ever is
            return unresolved(day, latest, List.of(latest));
        }
        List<EffectiveVerdict> verdicts = new ArrayList<>();
        for (TechniqueVerdict verdict : latest.techniques()) {
            verdicts.add(new EffectiveVerdict(verdict.technique(), verdict.status() != TechniqueStatus.CONTRAINDICATED,
                    verdict.status(), verdict.maxPressure(), verdict.heat(), verdict.avoidRegions(),
                    Limits.fromScreen(verdict)));
        }
        return new SafetyToday(day, ClearanceStatus.NOT_NEEDED, false, null, verdicts);
    }

    /** A counting clearance applied to the latest screen, technique by technique (§5.7). */
    private static SafetyToday cleared(LocalDate day, ScreeningResult latest, Clearance clearance) {
        boolean heldByScreen = latest.triage().massageOnHold();
        if (heldByScreen && !clearance.scope().liftsHold()) { // SafetyHistory keeps such a screen unresolved
            return unresolved(day, latest, List.of(latest));
        }
        List<TechniqueVerdict> base = heldByScreen ? latest.conditionVerdicts() : latest.techniques();
        List<EffectiveVerdict> verdicts = new ArrayList<>();
        for (Technique technique : Technique.values()) {
            verdicts.add(ClearedTechnique.apply(base.get(technique.ordinal()), base, latest, clearance));
        }
        return new SafetyToday(day, ClearanceStatus.VALID, false, clearance.validUntil(), verdicts);
    }

    private static SafetyToday declined(LocalDate day, ScreeningResult latest, ClearanceDecision decision) {
        Limit refusal = new Limit(LimitSource.DECLINED, "DECLINED", decision.clinicianName() + " declined clearance: "
                + decision.reason(), List.of());
        return awaitingAll(day, latest, ClearanceStatus.DECLINED, refusal);
    }

    private static SafetyToday expired(LocalDate day, ScreeningResult latest, Clearance clearance) {
        Limit expiry = new Limit(LimitSource.EXPIRED, "EXPIRED", Limits.by(clearance)
                + ", has expired: a clinician must renew it.", List.of());
        SafetyToday none = awaitingAll(day, latest, ClearanceStatus.EXPIRED, expiry);
        return new SafetyToday(day, ClearanceStatus.EXPIRED, false, clearance.validUntil(), none.techniques());
    }

    /** Nothing allowed, each technique showing what the latest screen says and why it waits. */
    private static SafetyToday awaitingAll(LocalDate day, ScreeningResult latest, ClearanceStatus status,
            Limit why) {
        Limit waiting = why != null ? why : new Limit(LimitSource.AWAITING_CLEARANCE, "AWAITING_CLEARANCE",
                "A clinician must clear treatment before the next session.", List.of());
        List<EffectiveVerdict> verdicts = new ArrayList<>();
        for (TechniqueVerdict verdict : latest.techniques()) {
            List<Limit> limits = Limits.fromScreen(verdict);
            limits.add(waiting);
            verdicts.add(new EffectiveVerdict(verdict.technique(), false, verdict.status(), verdict.maxPressure(),
                    verdict.heat(), verdict.avoidRegions(), limits));
        }
        return new SafetyToday(day, status, false, null, verdicts);
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

    static EffectiveVerdict contraindicated(Technique technique, List<Limit> limits) {
        return new EffectiveVerdict(technique, false, TechniqueStatus.CONTRAINDICATED, 0, Heat.NONE, new TreeSet<>(),
                limits);
    }
}
