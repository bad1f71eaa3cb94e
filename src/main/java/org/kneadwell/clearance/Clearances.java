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
import org.kneadwell.screening.StoredScreening;
import org.kneadwell.screening.checked.ScreeningHistory;
import org.kneadwell.screening.policy.ScreenChange;
import org.kneadwell.shared.CareTeamAlert;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.DisplayDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clearance loop: a request goes to the clinician on the care team (automatically after a screen that raises a
 * hold or a need for clearance, or from a therapist with a note); the clinician approves with a scope and an expiry,
 * declines with a reason, decides that no clearance is needed, or asks the care team for more information. A request
 * stays open across later screens until a clinician decides (screening contract §5). Every step is audited and
 * alerts the team; every settling decision tells the rest of the app that effective safety changed.
 */
@Service
public class Clearances {

    static final Set<ClearanceRequest.Status> WAITING = EnumSet.of(ClearanceRequest.Status.OPEN,
            ClearanceRequest.Status.MORE_INFO);

    private final ClearanceRequests requests;
    private final ClearanceDecisions decisions;
    private final PatientRecords patients;
    private final ScreeningHistory screenings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final PatientSafety safety;
    private final ClinicSettings clinic;
    private final Clock clock;

    Clearances(ClearanceRequests requests, ClearanceDecisions decisions, PatientRecords patients,
            ScreeningHistory screenings, PatientSafety safety, AuditTrail audit, ApplicationEventPublisher events,
            ClinicSettings clinic, Clock clock) {
        this.safety = safety;
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
     * A new screen that raises what no clinician has decided on (contract §5.1–§5.3) opens a request, or joins the
     * open one (its tier rises to the most urgent, and a question to the care team is answered by the new screen).
     * A screen that raises nothing new leaves an open request open: only a clinician closes it (§5.2).
     */
    @EventListener
    void on(ScreeningCompleted screened) {
        boolean raises = safety.history(screened.patientId()).unresolved().stream()
                .anyMatch(screen -> screen.id() == screened.screeningId());
        if (raises) {
            Instant now = clock.instant();
            requests.openFor(screened.patientId()).ifPresentOrElse(
                    open -> requests.reopen(open.id(), open.tier().isAtLeast(screened.tier()) ? open.tier()
                            : screened.tier()),
                    () -> requests.open(screened.patientId(), screened.screeningId(), screened.tier(),
                            ClearanceRequest.Origin.AUTOMATIC, null, screened.submittedBy(), now));
        }
        events.publishEvent(new SafetyChanged(screened.patientId()));
    }

    /** What a therapist's request did: opened a new request, or added the note to the one already open. */
    public record Asked(ClearanceRequest request, boolean addedToOpen) {
    }

    /**
     * A therapist asks the clinician for clearance, with a note saying why. While a request is open the note joins
     * it (one request, one alert); otherwise a request about the latest screen is opened and the clinician alerted.
     */
    @Transactional
    public Asked request(CurrentUser therapist, UUID patientId, String note) {
        if (!therapist.is(Role.THERAPIST)) {
            throw new AccessDeniedException("Therapists request clearance");
        }
        Patient patient = patients.require(therapist, patientId, PatientAction.EDIT_CLINICAL);
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > DecisionParser.MAX_REASON) {
            throw new InvalidDecisionException(Map.of("note", text.isEmpty() ? "clearance.error.note"
                    : "clearance.error.reasonTooLong"));
        }
        StoredScreening screen = screenings.latest(patientId)
                .orElseThrow(() -> new InvalidDecisionException(Map.of("note", "clearance.error.noScreen")));
        Instant now = clock.instant();
        Optional<ClearanceRequest> open = requests.openFor(patientId);
        if (open.isPresent()) {
            String signed = therapist.displayName() + ", " + clinic.today(clock) + ": " + text;
            if (!requests.addNote(open.get().id(), signed)) {
                throw new InvalidDecisionException(Map.of("note", "clearance.error.notesFull"));
            }
            audit.write(therapist, "clearance.request.note", patientId, "clearance-request",
                    open.get().publicId().toString());
            return new Asked(requests.byPublicId(open.get().publicId()).orElseThrow(), true);
        }
        ClearanceRequest request = requests.open(patientId, screen.id(), screen.result().triage().tier(),
                ClearanceRequest.Origin.THERAPIST, therapist.displayName() + ", " + clinic.today(clock) + ": " + text,
                therapist.publicId(), now);
        audit.write(therapist, "clearance.request", patientId, "clearance-request", request.publicId().toString());
        alert(patient, clinicianIds(patient), CareTeamAlert.Level.INFO,
                therapist.displayName() + " asks for clearance for " + patient.displayName() + ".",
                "/clearances/" + request.publicId());
        return new Asked(request, false);
    }

    /**
     * One line of a clinician's queue: the request, the patient, and what changed between the screen the request was
     * opened for and the latest screen (empty when it is the latest).
     */
    public record QueueItem(ClearanceRequest request, Patient patient, ScreenChange change) {
        public boolean changed() {
            return change != null && !change.isEmpty();
        }
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
                .map(r -> new QueueItem(r, mine.get(r.patientId()), changeSince(r))).sorted(order).toList();
        audit.read(clinician, "clearance.queue", null, "clearance-request", String.valueOf(queue.size()));
        return queue;
    }

    /** A request the caller may act on (the clinician on the patient's care team); 404 otherwise. */
    @Transactional(readOnly = true)
    public QueueItem open(CurrentUser user, UUID requestId) {
        ClearanceRequest request = requests.byPublicId(requestId)
                .orElseThrow(() -> missing(user, "clearance.request.read", requestId));
        Patient patient = patients.require(user, request.patientId(), PatientAction.VIEW_CLINICAL);
        audit.read(user, "clearance.request.read", patient.publicId(), "clearance-request", requestId.toString());
        return new QueueItem(request, patient, changeSince(request));
    }

    /** The change from the screen a request was opened for to the patient's latest screen. */
    private ScreenChange changeSince(ClearanceRequest request) {
        List<StoredScreening> since = screenings.since(request.patientId(), request.screeningId());
        if (since.size() < 2) {
            return null;
        }
        return ScreenChange.between(since.get(0).facts(), since.get(since.size() - 1).facts());
    }

    /**
     * Records the clinician's decision, all or nothing, about the patient's latest screen (contract §5): an approval
     * must lift a hold that stands, whichever screen raised it; "not needed" is refused while the latest screen
     * itself needs clearance or holds. Refused (nothing saved) with {@link InvalidDecisionException} for a missing
     * reason, a bad date or scope, or a request that is no longer open.
     */
    @Transactional
    public ClearanceDecision decide(CurrentUser clinician, UUID requestId, DecisionInput input) {
        if (!clinician.is(Role.CLINICIAN)) {
            throw new AccessDeniedException("Clinicians decide on clearance");
        }
        ClearanceRequest request = requests.byPublicId(requestId)
                .orElseThrow(() -> missing(clinician, "clearance.decide", requestId));
        Patient patient = patients.require(clinician, request.patientId(), PatientAction.EDIT_CLINICAL);
        if (!request.isOpen()) {
            throw new InvalidDecisionException(Map.of("decision", "clearance.error.notOpen"));
        }
        StoredScreening latest = screenings.latest(patient.publicId()).orElseThrow();
        boolean onHold = safety.history(patient.publicId()).onHold() || latest.result().triage().massageOnHold();
        DecisionParser.Parsed parsed = DecisionParser.parse(input, latest.result(), onHold, clinic.today(clock));
        Instant now = clock.instant();
        ClearanceRequest.Status next = switch (parsed.kind()) {
            case APPROVE -> ClearanceRequest.Status.APPROVED;
            case DECLINE -> ClearanceRequest.Status.DECLINED;
            case MORE_INFO -> ClearanceRequest.Status.MORE_INFO;
            case NOT_NEEDED -> ClearanceRequest.Status.NOT_NEEDED;
        };
        if (!requests.move(request.id(), WAITING, next, now)) {
            throw new InvalidDecisionException(Map.of("decision", "clearance.error.notOpen"));
        }
        ClearanceDecision decision = decisions.insert(request.id(), patient.publicId(), latest.id(), parsed.kind(),
                parsed.reason(), parsed.scope(), parsed.validUntil(), clinic.today(clock), clinician.publicId(),
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
            case NOT_NEEDED -> alert(patient, everyone(patient), CareTeamAlert.Level.INFO, clinician.displayName()
                    + " decided that " + patient.displayName() + " needs no clearance: " + parsed.reason(), link);
        }
        if (parsed.kind().resolves()) {
            events.publishEvent(new SafetyChanged(patient.publicId()));
        }
        return decision;
    }

    /** The decision that closed a request, for its page (the page shows it instead of the form). */
    @Transactional(readOnly = true)
    public Optional<ClearanceDecision> decisionOn(CurrentUser user, ClearanceRequest request) {
        patients.require(user, request.patientId(), PatientAction.VIEW_CLINICAL);
        return decisions.forPatient(request.patientId()).stream().filter(d -> d.requestId() == request.id())
                .findFirst();
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

    /** A request that does not exist is refused like one the caller may not see, and the refusal is audited. */
    private PatientNotFoundException missing(CurrentUser user, String action, UUID requestId) {
        audit.denied(user, action, null, "clearance-request", requestId.toString());
        return new PatientNotFoundException();
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
