package org.kneadwell.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.kneadwell.audit.AuditLog;
import org.kneadwell.clearance.Clearances;
import org.kneadwell.clearance.PatientSafety;
import org.kneadwell.clearance.SafetyToday;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.AccountSummary;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.notification.Alerts;
import org.kneadwell.patient.CareTeamMember;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientChart;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.plan.TreatmentPlans;
import org.kneadwell.recommendation.PatientRecommendations;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.scheduling.Visits;
import org.kneadwell.therapist.TherapistDirectory;
import org.kneadwell.therapist.TherapistProfile;
import org.kneadwell.screening.Screenings;
import org.kneadwell.session.AdverseEvents;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The patient chart: a summary first (safety today, next session, plan progress, open alerts), then the safety,
 * clearance, plan, sessions, intake, care team and who looked at the record, each reachable from the chart's own
 * section navigation. It composes what each module knows, so it lives here.
 */
@Controller
class ChartController {

    private static final int CHART_AUDIT_ROWS = 20;

    private final PatientRecords records;
    private final Screenings screenings;
    private final AccountDirectory accounts;
    private final AuditLog auditLog;
    private final PatientSafety safety;
    private final Clearances clearances;
    private final PatientRecommendations recommendations;
    private final Visits visits;
    private final TherapistDirectory directory;
    private final java.time.Clock clock;
    private final TreatmentPlans plans;
    private final Alerts alerts;
    private final AdverseEvents adverseEvents;

    ChartController(PatientRecords records, Screenings screenings, AccountDirectory accounts, AuditLog auditLog,
            PatientSafety safety, Clearances clearances, PatientRecommendations recommendations, TreatmentPlans plans,
            Visits visits, TherapistDirectory directory, Alerts alerts, java.time.Clock clock,
            AdverseEvents adverseEvents) {
        this.adverseEvents = adverseEvents;
        this.alerts = alerts;
        this.visits = visits;
        this.directory = directory;
        this.clock = clock;
        this.records = records;
        this.screenings = screenings;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.safety = safety;
        this.clearances = clearances;
        this.recommendations = recommendations;
        this.plans = plans;
    }

    @GetMapping("/patients/{id}")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN }, patientData = true)
    String chart(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        PatientChart chart = records.chart(user, id);
        model.addAttribute("chart", chart);
        model.addAttribute("patient", chart.patient());
        model.addAttribute("mayManageTeam", records.may(user, PatientAction.MANAGE_CARE_TEAM, chart.patient()));
        model.addAttribute("mayEdit", records.may(user, PatientAction.EDIT_DEMOGRAPHICS, chart.patient()));
        model.addAttribute("mayInvite", records.may(user, PatientAction.INVITE, chart.patient()));
        model.addAttribute("plain", !user.role().isStaff());
        model.addAttribute("mayIntake", records.may(user, PatientAction.EDIT_CLINICAL, chart.patient()));
        model.addAttribute("languageName", Locale.forLanguageTag(chart.patient().details().preferredLanguage())
                .getDisplayLanguage(Locale.ENGLISH));
        if (chart.clinicalAccess()) {
            var history = screenings.history(user, id);
            model.addAttribute("screening", history.isEmpty() ? null : history.get(0));
            model.addAttribute("screeningHistory", history);
            if (!history.isEmpty()) {
                screenings.intakeOf(user, history.get(0)).ifPresent(intake -> model.addAttribute("intake", intake));
            }
            SafetyToday today = safety.today(user, id);
            model.addAttribute("safetyToday", today);
            model.addAttribute("clearances", clearances.history(user, id));
            model.addAttribute("recommendation", recommendations.today(user, id));
            // Treatment plan (issue 5): the active or newest plan, and whether this user may draft one.
            var plan = plans.current(user, id).orElse(null);
            model.addAttribute("plan", plan);
            List<Appointment> sessions = visits.ofPatient(user, id);
            model.addAttribute("appointments", sessions);
            model.addAttribute("therapistNames", sessions.stream().map(Appointment::therapistId).distinct()
                    .collect(java.util.stream.Collectors.toMap(t -> t, t -> directory.profile(t)
                            .map(TherapistProfile::displayName).orElse("—"))));
            java.time.Instant now = java.time.Instant.now(clock);
            model.addAttribute("now", now);
            int openAlerts = (int) alerts.openFor(user).stream().filter(a -> id.equals(a.patientId())).count();
            model.addAttribute("chartSummary", ChartSummary.of(today, sessions, plan, openAlerts, now));
            model.addAttribute("limits", ChartLimits.of(today));
            model.addAttribute("mayPlan", plans.mayPlan(user, chart.patient()));
            model.addAttribute("afterSessions", adverseEvents.onChart(user, id));
        }
        if (user.role().isStaff()) {
            model.addAttribute("candidates", candidates(chart));
            model.addAttribute("accessLog", auditLog.forPatient(id, CHART_AUDIT_ROWS));
        }
        return "web/chart";
    }

    private List<AccountSummary> candidates(PatientChart chart) {
        List<UUID> onTeam = chart.careTeam().stream().map(CareTeamMember::accountPublicId).toList();
        return Stream.concat(accounts.active(Role.THERAPIST).stream(), accounts.active(Role.CLINICIAN).stream())
                .filter(a -> !onTeam.contains(a.publicId())).toList();
    }
}
