package org.kneadwell.report;

import java.time.Instant;
import java.util.List;

import org.kneadwell.outcome.OutcomeViews.ChartSection;
import org.kneadwell.patient.CareTeamMember;
import org.kneadwell.patient.Patient;
import org.kneadwell.plan.TreatmentPlan;
import org.kneadwell.shared.Technique;

/** The patient's own summary: their plan, their progress (the same plots as their page) and the sessions ahead. */
public record PatientSummary(Patient patient, List<CareTeamMember> careTeam, Instant generatedAt, TreatmentPlan plan,
        ProgressReport.PlanProgress progress, ChartSection outcomes, List<Upcoming> upcoming) {

    public PatientSummary {
        careTeam = List.copyOf(careTeam);
        upcoming = List.copyOf(upcoming);
    }

    /** One booked session from now on. */
    public record Upcoming(Instant start, int minutes, Technique technique, String therapist) {
    }
}
