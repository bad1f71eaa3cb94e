package org.kneadwell.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.clearance.ClearanceDecision;
import org.kneadwell.clearance.Clearances;
import org.kneadwell.clearance.PatientSafety;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.messaging.Attachment;
import org.kneadwell.messaging.Conversations;
import org.kneadwell.outcome.OutcomeViews;
import org.kneadwell.patient.CareTeamMember;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientChart;
import org.kneadwell.patient.PatientNotFoundException;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.patient.TeamRole;
import org.kneadwell.plan.TreatmentPlan;
import org.kneadwell.plan.TreatmentPlans;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.scheduling.Visits;
import org.kneadwell.screening.Screenings;
import org.kneadwell.screening.StoredScreening;
import org.kneadwell.session.AdverseEvents;
import org.kneadwell.session.NoteStatus;
import org.kneadwell.session.SessionNote;
import org.kneadwell.session.SessionNotes;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.DisplayDates;
import org.kneadwell.therapist.TherapistDirectory;
import org.kneadwell.therapist.TherapistProfile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDF documents of issue 13: the one-page progress report for the care team (and the supervising clinician it
 * is for) and the patient's own summary. Every read goes through the owning module's access-checked, audited API;
 * a caller who may not see the patient gets {@link PatientNotFoundException} (404), the same as for a patient who
 * does not exist. Each PDF handed out is recorded in the audit log as a disclosure: who (the actor), to whom (the
 * record id: the account it was handed to), when, and what (the record type: progress report or patient summary).
 */
@Service
public class Reports {

    /** The audit action of a progress report handed out. */
    public static final String PROGRESS_DISCLOSED = "report.progress.disclosed";
    /** The audit action of a progress report sent to the supervising clinician in a care-team thread. */
    public static final String PROGRESS_SENT = "report.progress.sent";
    /** The audit action of a patient summary handed out. */
    public static final String SUMMARY_DISCLOSED = "report.summary.disclosed";

    private final PatientRecords records;
    private final TreatmentPlans plans;
    private final Visits visits;
    private final PatientSafety safety;
    private final Clearances clearances;
    private final Screenings screenings;
    private final OutcomeViews outcomes;
    private final AdverseEvents adverseEvents;
    private final SessionNotes notes;
    private final TherapistDirectory directory;
    private final AuditTrail audit;
    private final ObjectProvider<PdfDocuments> pdf;
    private final Clock clock;
    private final ClinicSettings clinic;
    private final Conversations conversations;
    private final MessageSource messages;

    Reports(PatientRecords records, TreatmentPlans plans, Visits visits, PatientSafety safety, Clearances clearances,
            Screenings screenings, OutcomeViews outcomes, AdverseEvents adverseEvents, SessionNotes notes,
            TherapistDirectory directory, AuditTrail audit, ObjectProvider<PdfDocuments> pdf, Clock clock,
            ClinicSettings clinic, Conversations conversations, MessageSource messages) {
        this.clinic = clinic;
        this.conversations = conversations;
        this.messages = messages;
        this.records = records;
        this.plans = plans;
        this.visits = visits;
        this.safety = safety;
        this.clearances = clearances;
        this.screenings = screenings;
        this.outcomes = outcomes;
        this.adverseEvents = adverseEvents;
        this.notes = notes;
        this.directory = directory;
        this.audit = audit;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** What the progress report says, for staff who may see the patient's clinical record. */
    public ProgressReport progress(CurrentUser user, UUID patientId) {
        records.require(user, patientId, PatientAction.VIEW_CLINICAL);
        if (!user.is(Role.THERAPIST) && !user.is(Role.CLINICIAN)) {
            audit.denied(user, PROGRESS_DISCLOSED, patientId, "progress-report", null);
            throw new PatientNotFoundException();
        }
        PatientChart chart = records.chart(user, patientId);
        TreatmentPlan plan = plans.current(user, patientId).orElse(null);
        List<Appointment> sessions = visits.ofPatient(user, patientId);
        Instant now = clock.instant();
        ClearanceDecision clearance = clearances.history(user, patientId).decisions().stream()
                .max(Comparator.comparing(ClearanceDecision::decidedAt)).orElse(null);
        StoredScreening screen = screenings.latest(user, patientId).orElse(null);
        SessionNote signed = notes.ofPatient(user, patientId).stream()
                .filter(n -> n.status() == NoteStatus.SIGNED && n.content().assessment() != null)
                .max(Comparator.comparing(SessionNote::sessionStart)).orElse(null);
        var triage = screen == null ? null : screen.result().triage();
        return new ProgressReport(chart.patient(), chart.age(), chart.careTeam(), now, user.displayName(), plan,
                PlanProgress.of(plan, sessions, now), safety.today(user, patientId), clearance,
                triage == null ? null : triage.tier(), triage != null && triage.massageOnHold(),
                triage == null ? List.of() : triage.reasons(), outcomes.chart(user, patientId),
                adverseEvents.ofPatient(user, patientId).stream()
                        .sorted(Comparator.comparing(org.kneadwell.session.AdverseEvent::recordedAt).reversed())
                        .toList(),
                signed == null ? null : new ProgressReport.Assessment(signed.content().assessment(),
                        signed.signedByName(), signed.sessionStart()));
    }

    /** The progress report as a one-page PDF, recorded as a disclosure to the caller. */
    public byte[] progressPdf(CurrentUser user, UUID patientId) {
        ProgressReport report = progress(user, patientId);
        byte[] document = pdf.getObject().onePage("report/progress", Map.of("report", report, "f", formats()));
        audit.read(user, PROGRESS_DISCLOSED, patientId, "progress-report", user.publicId().toString());
        return document;
    }

    /**
     * Sends the progress report to the patient's supervising clinician: a new care-team thread whose first message
     * carries the PDF as it is today (everyone on the thread, the patient included, can open it). Recorded as a
     * disclosure from the therapist to the clinician. Only the patient's therapists send it; a patient without a
     * supervising clinician is refused.
     *
     * @return the new thread
     */
    @Transactional
    public UUID sendToClinician(CurrentUser user, UUID patientId) {
        ProgressReport report = progress(user, patientId);
        if (!user.is(Role.THERAPIST)) {
            audit.denied(user, PROGRESS_SENT, patientId, "progress-report", null);
            throw new PatientNotFoundException();
        }
        CareTeamMember clinician = report.careTeam().stream().filter(m -> m.teamRole() == TeamRole.CLINICIAN)
                .findFirst().orElseThrow(NoClinicianException::new);
        byte[] document = pdf.getObject().onePage("report/progress", Map.of("report", report, "f", formats()));
        LocalDate today = clinic.today(clock);
        String day = DisplayDates.date(today);
        UUID thread = conversations.startWithAttachment(user, patientId,
                messages.getMessage("report.sent.subject", new Object[] { day }, Locale.ENGLISH),
                messages.getMessage("report.sent.body", new Object[] { clinician.displayName(), day }, Locale.ENGLISH),
                new Attachment("progress-report-" + today + ".pdf", "application/pdf", document));
        audit.write(user, PROGRESS_SENT, patientId, "progress-report", clinician.accountPublicId().toString());
        return thread;
    }

    /** The patient has no supervising clinician on their care team to send the report to. */
    public static class NoClinicianException extends RuntimeException {

        NoClinicianException() {
            super("No supervising clinician on the care team");
        }
    }

    /** The patient's own summary; anyone else's record is not found. */
    public PatientSummary summary(CurrentUser user, UUID patientId) {
        if (!user.is(Role.PATIENT)) {
            audit.denied(user, SUMMARY_DISCLOSED, patientId, "patient-summary", null);
            throw new PatientNotFoundException();
        }
        records.require(user, patientId, PatientAction.VIEW_CLINICAL);
        PatientChart chart = records.chart(user, patientId);
        TreatmentPlan plan = plans.current(user, patientId).orElse(null);
        List<Appointment> sessions = visits.ofPatient(user, patientId);
        Instant now = clock.instant();
        Map<UUID, String> names = new LinkedHashMap<>();
        List<PatientSummary.Upcoming> upcoming = sessions.stream()
                .filter(a -> a.isActive() && !a.start().isBefore(now))
                .sorted(Comparator.comparing(Appointment::start))
                .map(a -> new PatientSummary.Upcoming(a.start(),
                        (int) java.time.Duration.between(a.start(), a.end()).toMinutes(), a.technique(),
                        names.computeIfAbsent(a.therapistId(), t -> directory.profile(t)
                                .map(TherapistProfile::displayName).orElse(""))))
                .toList();
        return new PatientSummary(chart.patient(), chart.careTeam(), now, plan, PlanProgress.of(plan, sessions, now),
                outcomes.chart(user, patientId), upcoming);
    }

    /** The patient's summary as a PDF, recorded as a disclosure to the patient. */
    public byte[] summaryPdf(CurrentUser user, UUID patientId) {
        PatientSummary summary = summary(user, patientId);
        byte[] document = pdf.getObject().onePage("report/summary", Map.of("summary", summary, "f", formats()));
        audit.read(user, SUMMARY_DISCLOSED, patientId, "patient-summary", user.publicId().toString());
        return document;
    }

    ReportFormats formats() {
        return new ReportFormats(clinic.zone());
    }

    /** A plan's progress counted as the chart counts it (sessions under the plan: attended, and booked ahead). */
    static final class PlanProgress {

        private PlanProgress() {
        }

        static ProgressReport.PlanProgress of(TreatmentPlan plan, List<Appointment> sessions, Instant now) {
            int inAll = (int) sessions.stream().filter(a -> a.status() == Appointment.Status.ATTENDED).count();
            if (plan == null) {
                return new ProgressReport.PlanProgress(0, 0, 0, inAll);
            }
            List<Appointment> ofPlan = sessions.stream().filter(a -> underPlan(a, plan)).toList();
            int attended = (int) ofPlan.stream().filter(a -> a.status() == Appointment.Status.ATTENDED).count();
            int booked = (int) ofPlan.stream().filter(a -> a.isActive() && !a.start().isBefore(now)).count();
            return new ProgressReport.PlanProgress(plan.content().dose().sessions(), attended, booked, inAll);
        }

        /** Booked for the plan, or booked without a plan while the plan was in force. */
        static boolean underPlan(Appointment session, TreatmentPlan plan) {
            if (plan.publicId().equals(session.planId())) {
                return true;
            }
            return session.planId() == null && plan.activated() != null
                    && !session.start().isBefore(plan.activated().at())
                    && (plan.completed() == null || session.start().isBefore(plan.completed().at()));
        }
    }
}
