package org.kneadwell.web;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.kneadwell.audit.AuditVerifier;
import org.kneadwell.clearance.Clearances;
import org.kneadwell.clearance.PatientSafety;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.notification.Alerts;
import org.kneadwell.notification.Outbox;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.screening.IntakeDrafts;
import org.kneadwell.screening.SafetySummary;
import org.kneadwell.scheduling.Rebooking;
import org.kneadwell.scheduling.Visits;
import org.kneadwell.screening.Screenings;
import org.kneadwell.therapist.TherapistDirectory;
import org.kneadwell.session.SessionFollowUps;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** One home page per role: what needs attention first, then the day's work. */
@Controller
class HomeController {

    private final PatientRecords patients;
    private final Alerts alerts;
    private final AccountDirectory accounts;
    private final Outbox outbox;
    private final AuditVerifier auditVerifier;
    private final Screenings screenings;
    private final IntakeDrafts drafts;
    private final Clearances clearances;
    private final Visits visits;
    private final PatientSafety safety;
    private final java.time.Clock clock;
    private final Rebooking rebooking;
    private final TherapistDirectory therapists;
    private final SessionFollowUps followUps;
    private final org.kneadwell.session.SessionDesk sessionDesk;
    private final org.kneadwell.messaging.Conversations conversations;

    HomeController(org.kneadwell.session.SessionDesk sessionDesk, PatientRecords patients, Alerts alerts, AccountDirectory accounts, Outbox outbox,
            AuditVerifier auditVerifier, Screenings screenings, IntakeDrafts drafts, Clearances clearances,
            Visits visits, PatientSafety safety, java.time.Clock clock, Rebooking rebooking,
            TherapistDirectory therapists, SessionFollowUps followUps,
            org.kneadwell.messaging.Conversations conversations) {
        this.conversations = conversations;
        this.sessionDesk = sessionDesk;
        this.followUps = followUps;
        this.therapists = therapists;
        this.safety = safety;
        this.rebooking = rebooking;
        this.visits = visits;
        this.clock = clock;
        this.patients = patients;
        this.alerts = alerts;
        this.accounts = accounts;
        this.outbox = outbox;
        this.auditVerifier = auditVerifier;
        this.screenings = screenings;
        this.drafts = drafts;
        this.clearances = clearances;
    }

    @GetMapping("/")
    @RouteAccess(value = Audience.SIGNED_IN, patientData = true)
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("alerts", alerts.openFor(user));
        switch (user.role()) {
            case PATIENT -> patients.ownRecord(user).ifPresent(own -> {
                model.addAttribute("chart", patients.chart(user, own.publicId()));
                screenings.latest(user, own.publicId())
                        .ifPresent(latest -> model.addAttribute("summary", SafetySummary.of(latest)));
                model.addAttribute("safetyToday", safety.today(user, own.publicId()));
                model.addAttribute("intakeInProgress", drafts.hasDraft(user, own.publicId()));
                model.addAttribute("followUpsDue", followUps.due(user));
                model.addAttribute("sessions", visits.ofPatient(user, own.publicId()).stream()
                        .filter(a -> a.isActive() && a.end().isAfter(java.time.Instant.now(clock))).toList());
                model.addAttribute("unreadMessages", conversations.unread(user));
            });
            case THERAPIST, CLINICIAN -> {
                if (user.is(org.kneadwell.identity.Role.CLINICIAN)) {
                    model.addAttribute("queue", clearances.queue(user));
                }
                sessionDesk.ownCalendar(user).ifPresent(own -> model.addAttribute("todaySessions",
                        sessionDesk.calendar(user, own, sessionDesk.today(), sessionDesk.today())));
                var mine = patients.search(user, "");
                model.addAttribute("patients", mine);
                model.addAttribute("badges", safety.badges(user, mine));
                model.addAttribute("unreadMessages", conversations.unread(user));
            }
            case ADMIN -> {
                Map<String, Map<String, Long>> byRole = accounts.all().stream().collect(Collectors.groupingBy(
                        a -> a.role().name(), TreeMap::new,
                        Collectors.groupingBy(a -> a.status().name(), TreeMap::new, Collectors.counting())));
                model.addAttribute("accountsByRole", byRole);
                model.addAttribute("outboxCounts", outbox.countsByStatus());
                model.addAttribute("smtpConfigured", outbox.smtpConfigured());
                model.addAttribute("verification", auditVerifier.verify());
                model.addAttribute("rebooking", rebooking.awaitingRebooking(user));
                model.addAttribute("credentials", therapists.credentialsNeedingAttention());
            }
        }
        return "home/" + user.role().name().toLowerCase(java.util.Locale.ROOT);
    }
}
