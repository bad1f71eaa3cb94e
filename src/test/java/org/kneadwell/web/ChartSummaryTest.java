package org.kneadwell.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.clearance.ClearanceStatus;
import org.kneadwell.clearance.EffectiveVerdict;
import org.kneadwell.clearance.Limit;
import org.kneadwell.clearance.LimitSource;
import org.kneadwell.clearance.SafetyToday;
import org.kneadwell.plan.Dose;
import org.kneadwell.plan.PlanContent;
import org.kneadwell.plan.Stamp;
import org.kneadwell.plan.TreatmentPlan;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.scheduling.Appointment.Status;
import org.kneadwell.screening.policy.Heat;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.shared.Goal;
import org.kneadwell.shared.Technique;

/** What the chart's summary and its "Where the limits come from" list say, from effective safety and the sessions. */
class ChartSummaryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final UUID PATIENT = UUID.randomUUID();
    private static final UUID MAYA = UUID.randomUUID();
    private static final Limit AWAITING = new Limit(LimitSource.AWAITING_CLEARANCE, "AWAITING",
            "A clinician reviews the screen first", List.of());
    private static final Limit PREGNANCY = new Limit(LimitSource.SCREEN, "PREGNANCY",
            "Pregnancy: no deep pressure on the legs", List.of("S40", "S43"));

    @Test
    void aLimitOnEveryTechniqueIsListedOnceAndEachRowPointsToItsNumbers() {
        ChartLimits limits = ChartLimits.of(awaitingClearance());

        assertThat(limits.limits()).hasSize(2);
        assertThat(limits.limits().get(0).limit().text()).isEqualTo("A clinician reviews the screen first");
        assertThat(limits.limits().get(0).everyTechnique()).isTrue();
        assertThat(limits.limits().get(1).techniques()).containsExactly(Technique.DEEP_TISSUE);
        assertThat(limits.limits().get(1).everyTechnique()).isFalse();
        assertThat(limits.of(Technique.SWEDISH)).containsExactly(1);
        assertThat(limits.of(Technique.DEEP_TISSUE)).containsExactly(1, 2);
    }

    @Test
    void nothingAllowedAndTheNextBookedSessionIsTheFirstFromNow() {
        Appointment past = session(null, NOW.minusSeconds(86_400), Status.ATTENDED);
        Appointment later = session(null, NOW.plusSeconds(7 * 86_400), Status.BOOKED);
        Appointment sooner = session(null, NOW.plusSeconds(86_400), Status.BOOKED);
        Appointment cancelled = session(null, NOW.plusSeconds(3_600), Status.CANCELLED);

        ChartSummary summary = ChartSummary.of(awaitingClearance(), List.of(past, later, sooner, cancelled), null, 2, NOW);

        assertThat(summary.allowedToday()).isEmpty();
        assertThat(summary.nextSession()).isEqualTo(sooner);
        assertThat(summary.plan()).isNull();
        assertThat(summary.openAlerts()).isEqualTo(2);
    }

    @Test
    void planProgressCountsSessionsBookedForThePlanOrHeldWhileItWasInForce() {
        Instant activatedAt = NOW.minusSeconds(30 * 86_400L);
        TreatmentPlan plan = TreatmentPlan.draft(PATIENT, MAYA, "Maya Chen", new PlanContent(List.of(Goal.PAIN_RELIEF),
                List.of(Technique.SWEDISH), Dose.suggested(), "Stay active", "Walk daily"),
                new Stamp(MAYA, activatedAt.minusSeconds(3_600))).activate(new Stamp(MAYA, activatedAt));
        List<Appointment> sessions = List.of(
                session(null, activatedAt.minusSeconds(86_400), Status.ATTENDED), // before the plan
                session(null, activatedAt.plusSeconds(86_400), Status.ATTENDED),
                session(plan.publicId(), activatedAt.plusSeconds(8 * 86_400L), Status.ATTENDED),
                session(UUID.randomUUID(), activatedAt.plusSeconds(9 * 86_400L), Status.ATTENDED), // another plan
                session(plan.publicId(), NOW.plusSeconds(86_400), Status.BOOKED));

        ChartSummary summary = ChartSummary.of(clear(), sessions, plan, 0, NOW);

        assertThat(summary.attended()).isEqualTo(2);
        assertThat(summary.booked()).isEqualTo(1);
        assertThat(summary.planSessions()).isEqualTo(Dose.suggested().sessions());
        assertThat(summary.planSessionNow()).isEqualTo(3);
        assertThat(summary.allowedToday()).hasSize(5);
    }

    private static SafetyToday awaitingClearance() {
        List<EffectiveVerdict> verdicts = new ArrayList<>();
        for (Technique t : Technique.values()) {
            List<Limit> limits = t == Technique.DEEP_TISSUE ? List.of(AWAITING, PREGNANCY) : List.of(AWAITING);
            verdicts.add(new EffectiveVerdict(t, false, TechniqueStatus.SUITABLE, 5, Heat.STANDARD, new TreeSet<>(),
                    limits));
        }
        return new SafetyToday(LocalDate.of(2026, 12, 1), ClearanceStatus.AWAITING, false, null, verdicts);
    }

    private static SafetyToday clear() {
        List<EffectiveVerdict> verdicts = new ArrayList<>();
        for (Technique t : Technique.values()) {
            verdicts.add(new EffectiveVerdict(t, true, TechniqueStatus.SUITABLE, 5, Heat.STANDARD, new TreeSet<>(),
                    List.of()));
        }
        return new SafetyToday(LocalDate.of(2026, 12, 1), ClearanceStatus.NOT_NEEDED, false, null, verdicts);
    }

    private static Appointment session(UUID planId, Instant start, Status status) {
        return new Appointment(1, UUID.randomUUID(), PATIENT, MAYA, UUID.randomUUID(), planId, null, Technique.SWEDISH,
                start, start.plusSeconds(3_600), status, null, false, start.minusSeconds(86_400), null, null, null);
    }
}
