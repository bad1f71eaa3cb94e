package org.kneadwell.report;

import java.time.Instant;
import java.util.List;

import org.kneadwell.clearance.ClearanceDecision;
import org.kneadwell.clearance.SafetyToday;
import org.kneadwell.outcome.OutcomeViews.ChartSection;
import org.kneadwell.patient.CareTeamMember;
import org.kneadwell.patient.Patient;
import org.kneadwell.plan.TreatmentPlan;
import org.kneadwell.screening.policy.Reason;
import org.kneadwell.screening.policy.TriageTier;
import org.kneadwell.session.AdverseEvent;

/**
 * What the one-page progress report says, gathered through each module's access-checked API: who the patient is and
 * who treats them, the plan and how far it has come, what may be done today and its limits, the outcomes (the same
 * plots as the chart), adverse events, red flags, clearance and the therapist's latest signed assessment.
 *
 * @param clearance    the newest clearance decision, or {@code null}
 * @param redFlagTier  the triage tier of the latest screen, or {@code null} without one
 * @param assessment   the assessment of the latest signed session note, or {@code null}
 */
public record ProgressReport(Patient patient, int age, List<CareTeamMember> careTeam, Instant generatedAt,
        String generatedBy, TreatmentPlan plan, PlanProgress progress, SafetyToday safety,
        ClearanceDecision clearance, TriageTier redFlagTier, boolean onHold, List<Reason> redFlags, ChartSection outcomes,
        List<AdverseEvent> adverseEvents, Assessment assessment) {

    public ProgressReport {
        careTeam = List.copyOf(careTeam);
        redFlags = List.copyOf(redFlags);
        adverseEvents = List.copyOf(adverseEvents);
    }

    /** Effective safety with each reason once, for the page. */
    public SafetyNotes safetyNotes() {
        return SafetyNotes.of(safety);
    }

    /** How far the plan has come: sessions prescribed, attended under it, still booked, and attended in all. */
    public record PlanProgress(int prescribed, int attended, int booked, int attendedInAll) {

        public int percent() {
            return prescribed == 0 ? 0 : Math.min(100, Math.round(100f * attended / prescribed));
        }
    }

    /** The therapist's latest signed assessment: the words, who signed them and when the session was. */
    public record Assessment(String text, String signedBy, Instant sessionStart) {
    }
}
