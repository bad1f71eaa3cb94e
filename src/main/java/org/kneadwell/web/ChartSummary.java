package org.kneadwell.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.kneadwell.clearance.EffectiveVerdict;
import org.kneadwell.clearance.SafetyToday;
import org.kneadwell.plan.TreatmentPlan;
import org.kneadwell.scheduling.Appointment;

/**
 * What the chart says first, on one screen: the safety state and the techniques allowed today, the next booked
 * session (and whether safety blocks it), how far the plan has come, and how many alerts about this patient are
 * still open for the reader.
 *
 * @param allowedToday the techniques effective safety allows today, in contract order; empty when none
 * @param nextSession  the first booked session from now on, or {@code null}
 * @param planSessions the sessions the current plan prescribes, or 0 without a plan
 * @param attended     sessions of the current plan that took place (see {@link #underPlan})
 * @param booked       sessions of the current plan still booked from now on
 */
public record ChartSummary(SafetyToday safety, List<EffectiveVerdict> allowedToday, Appointment nextSession,
        TreatmentPlan plan, int planSessions, int attended, int booked, int openAlerts) {

    public ChartSummary {
        Objects.requireNonNull(safety, "safety");
        allowedToday = List.copyOf(allowedToday);
        if (attended < 0 || booked < 0 || openAlerts < 0 || planSessions < 0) {
            throw new IllegalArgumentException("Counts are never negative");
        }
        if (plan == null && (planSessions != 0 || attended != 0 || booked != 0)) {
            throw new IllegalArgumentException("Plan progress needs a plan");
        }
    }

    static ChartSummary of(SafetyToday safety, List<Appointment> sessions, TreatmentPlan plan, int openAlerts,
            Instant now) {
        List<EffectiveVerdict> allowed = safety.techniques().stream().filter(EffectiveVerdict::allowed).toList();
        Appointment next = sessions.stream().filter(a -> a.isActive() && !a.start().isBefore(now))
                .min(Comparator.comparing(Appointment::start)).orElse(null);
        if (plan == null) {
            return new ChartSummary(safety, allowed, next, null, 0, 0, 0, openAlerts);
        }
        List<Appointment> ofPlan = sessions.stream().filter(a -> underPlan(a, plan)).toList();
        int attended = (int) ofPlan.stream().filter(a -> a.status() == Appointment.Status.ATTENDED).count();
        int booked = (int) ofPlan.stream().filter(a -> a.isActive() && !a.start().isBefore(now)).count();
        return new ChartSummary(safety, allowed, next, plan, plan.content().dose().sessions(), attended, booked,
                openAlerts);
    }

    /**
     * Whether a session counts for the plan: booked for it, or booked without a plan while the plan was in force
     * (from its activation until its completion).
     */
    static boolean underPlan(Appointment session, TreatmentPlan plan) {
        if (plan.publicId().equals(session.planId())) {
            return true;
        }
        return session.planId() == null && plan.activated() != null
                && !session.start().isBefore(plan.activated().at())
                && (plan.completed() == null || session.start().isBefore(plan.completed().at()));
    }

    /** The session number the plan is at: the next one to hold, never past the last. */
    public int planSessionNow() {
        return Math.min(attended + 1, planSessions);
    }
}
