package org.kneadwell.clearance;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.patient.CareTeamMember;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientNotFoundException;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.patient.TeamRole;
import org.kneadwell.screening.ScreeningCompleted;
import org.kneadwell.screening.Screenings;
import org.kneadwell.screening.StoredScreening;
import org.kneadwell.shared.CareTeamAlert;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.DisplayDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clearance loop: a request goes to the clinician on the care team (automatically after a screen that needs
 * one or puts massage on hold, or from a therapist with a note); the clinician approves with a scope and an expiry,
 * declines with a reason, or asks the care team for more information. Every step is audited and alerts the team.
 */
@Service
public class Clearances {

    private static final Set<ClearanceRequest.Status> WAITING = EnumSet.of(ClearanceRequest.Status.OPEN,
            ClearanceRequest.Status.MORE_INFO);

    private final ClearanceRequests requests;
    private final ClearanceDecisions decisions;
    private final PatientRecords patients;
    private final Screenings screenings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ClinicSettings clinic;
    private final Clock clock;

    Clearances(ClearanceRequests requests, ClearanceDecisions decisions, PatientRecords patients,
            Screenings screenings, AuditTrail audit, ApplicationEventPublisher events, ClinicSettings clinic,
            Clock clock) {
        this.requests = requests;
        this.decisions = decisions;
        this.patients = patients;
        this.screenings = screenings;
        this.audit = audit;
        this.events = events;
        this.clinic = clinic;
        this.clock = clock;
    }

    /**
     * Every new screen replaces the requests waiting on an older one (a decision must be about the screen in force);
     * a screen that needs clearance, or puts massage on hold, opens a new request.
     */
    @EventListener
    void on(ScreeningCompleted screened) {
        Instant now = clock.instant();
        requests.openFor(screened.patientId()).ifPresent(
                old -> requests.move(old.id(), WAITING, ClearanceRequest.Status.SUPERSEDED, now));
        if (!screened.clearanceRequired() && !screened.massageOnHold()) {
            return;
        }
        requests.open(screened.patientId(), screened.screeningId(), screened.tier(),
                ClearanceRequest.Origin.AUTOMATIC, null, screened.submittedBy(), now);
    }

    /** A therapist asks the clinician for clearance, with a note saying why. */
    @Transactional
    public ClearanceRequest request(CurrentUser therapist, UUID patientId, String note) {
        if (!therapist.is(Role.THERAPIST)) {
            throw new AccessDeniedException("Therapists request clearance");
        }
        Patient patient = patients.require(therapist, patientId, PatientAction.EDIT_CLINICAL);
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > DecisionParser.MAX_REASON) {
            throw new InvalidDecisionException(Map.of("note", text.isEmpty() ? "clearance.error.note"
                    : "clearance.error.reasonTooLong"));
        }
        StoredScreening screen = screenings.latestChecked(patientId)
                .orElseThrow(() -> new InvalidDecisionException(Map.of("note", "clearance.error.noScreen")));
        Instant now = clock.instant();
        requests.openFor(patientId).ifPresent(old -> requests.move(old.id(), WAITING,
                ClearanceRequest.Status.SUPERSEDED, now));
        ClearanceRequest request = requests.open(patientId, screen.id(), screen.result().triage().tier(),
                ClearanceRequest.Origin.THERAPIST, text, therapist.publicId(), now);
        audit.write(therapist, "clearance.request", patientId, "clearance-request", request.publicId().toString());
        alert(patient, clinicianIds(patient), CareTeamAlert.Level.INFO,
                therapist.displayName() + " asks for clearance for " + patient.displayName() + ".",
                "/clearances/" + request.publicId());
        return request;
    }

    /** One line of a clinician's queue. */
    public record QueueItem(ClearanceRequest request, Patient patient) {
    }

    /** Open requests for the clinician's patients, most urgent tier first, then the oldest. */
    @Transactional(readOnly = true)
    public List<QueueItem> queue(CurrentUser clinician) {
        if (!clinician.is(Role.CLINICIAN)) {
            throw new AccessDeniedException("The clearance queue is for clinicians");
        }
        Map<UUID, Patient> mine = patients.search(clinician, "").stream()
                .collect(Collectors.toMap(Patient::publicId, p -> p));
        Comparator<QueueItem> order = ClearanceQueueOrder.byUrgency(item -> item.request().tier(),
                item -> item.request().requestedAt());
        List<QueueItem> queue = requests.withStatus(mine.keySet(), WAITING).stream()
                .map(r -> new QueueItem(r, mine.get(r.patientId()))).sorted(order).toList();
        audit.read(clinician, "clearance.queue", null, "clearance-request", String.valueOf(queue.size()));
        return queue;
    }

    /** A request the caller may act on (the clinician on the patient's care team); 404 otherwise. */
    @Transactional(readOnly = true)
    public QueueItem open(CurrentUser user, UUID requestId) {
        ClearanceRequest request = requests.byPublicId(requestId).orElseThrow(PatientNotFoundException::new);
        Patient patient = patients.require(user, request.patientId(), PatientAction.VIEW_CLINICAL);
        audit.read(user, "clearance.request.read", patient.publicId(), "clearance-request", requestId.toString());
        return new QueueItem(request, patient);
    }

    /**
     * Records the clinician's decision, all or nothing. Refused (nothing saved) with {@link InvalidDecisionException}
     * for a missing reason, a bad date or scope, or a request that is no longer open.
     */
    @Transactional
    public ClearanceDecision decide(CurrentUser clinician, UUID requestId, DecisionInput input) {
        if (!clinician.is(Role.CLINICIAN)) {
            throw new AccessDeniedException("Clinicians decide on clearance");
        }
        ClearanceRequest request = requests.byPublicId(requestId).orElseThrow(PatientNotFoundException::new);
        Patient patient = patients.require(clinician, request.patientId(), PatientAction.EDIT_CLINICAL);
        if (!request.isOpen()) {
            throw new InvalidDecisionException(Map.of("decision", "clearance.error.notOpen"));
        }
        StoredScreening screen = screenings.latestChecked(patient.publicId()).orElseThrow();
        if (screen.id() != request.screeningId()) {
            throw new InvalidDecisionException(Map.of("decision", "clearance.error.staleScreen"));
        }
        DecisionParser.Parsed parsed = DecisionParser.parse(input, screen.result(), clinic.today(clock));
        Instant now = clock.instant();
        ClearanceRequest.Status next = switch (parsed.kind()) {
            case APPROVE -> ClearanceRequest.Status.APPROVED;
            case DECLINE -> ClearanceRequest.Status.DECLINED;
            case MORE_INFO -> ClearanceRequest.Status.MORE_INFO;
        };
        if (!requests.move(request.id(), WAITING, next, now)) {
            throw new InvalidDecisionException(Map.of("decision", "clearance.error.notOpen"));
        }
        ClearanceDecision decision = decisions.insert(request.id(), patient.publicId(), parsed.kind(), parsed.reason(),
                parsed.scope(), parsed.validUntil(), clinic.today(clock), clinician.publicId(),
                clinician.displayName(), now);
        audit.write(clinician, "clearance." + parsed.kind().name().toLowerCase(java.util.Locale.ROOT),
                patient.publicId(), "clearance-decision", decision.publicId().toString());
        String link = "/patients/" + patient.publicId() + "#effective-safety";
        switch (parsed.kind()) {
            case APPROVE -> alert(patient, everyone(patient), CareTeamAlert.Level.INFO, clinician.displayName()
                    + " cleared " + patient.displayName() + " until " + DisplayDates.date(parsed.validUntil()) + ".", link);
            case DECLINE -> alert(patient, everyone(patient), CareTeamAlert.Level.WARNING, clinician.displayName()
                    + " declined clearance for " + patient.displayName() + ": " + parsed.reason(), link);
            case MORE_INFO -> alert(patient, therapistIds(patient), CareTeamAlert.Level.WARNING,
                    clinician.displayName() + " needs more information about " + patient.displayName() + ": "
                            + parsed.reason(), link);
        }
        return decision;
    }

    /** Requests and decisions about one patient, newest first, for the chart. */
    @Transactional(readOnly = true)
    public History history(CurrentUser user, UUID patientId) {
        patients.require(user, patientId, PatientAction.VIEW_CLINICAL);
        audit.read(user, "clearance.history", patientId, "clearance", null);
        return new History(requests.forPatient(patientId), decisions.forPatient(patientId));
    }

    public record History(List<ClearanceRequest> requests, List<ClearanceDecision> decisions) {
        public Optional<ClearanceRequest> openRequest() {
            return requests.stream().filter(ClearanceRequest::isOpen).findFirst();
        }
    }

    private void alert(Patient patient, Set<Long> to, CareTeamAlert.Level level, String message, String link) {
        if (!to.isEmpty()) {
            events.publishEvent(new CareTeamAlert(patient.publicId(), to, level, message, link,
                    level != CareTeamAlert.Level.INFO, false));
        }
    }

    private Set<Long> everyone(Patient patient) {
        return patients.careTeam(patient).stream().map(CareTeamMember::accountId).collect(Collectors.toSet());
    }

    private Set<Long> clinicianIds(Patient patient) {
        return members(patient, TeamRole.CLINICIAN);
    }

    private Set<Long> therapistIds(Patient patient) {
        return members(patient, TeamRole.THERAPIST);
    }

    private Set<Long> members(Patient patient, TeamRole role) {
        return patients.careTeam(patient).stream().filter(m -> m.teamRole() == role).map(CareTeamMember::accountId)
                .collect(Collectors.toSet());
    }
}
