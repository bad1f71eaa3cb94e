package org.kneadwell.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.scheduling.Visits;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient's side of the 48-hour follow-up: what is due, one session's follow-up, and answering it once. An
 * answer's reactions become adverse events, and a severe one is followed through at once
 * ({@link ReactionFollowThrough}). A refused answer stores nothing.
 */
@Service
public class SessionFollowUps {

    /** How long after a session's end its follow-up opens. */
    public static final Duration AFTER = Duration.ofHours(48);

    private final FollowUps followUps;
    private final AdverseEventStore events;
    private final ReactionFollowThrough followThrough;
    private final Visits visits;
    private final PatientRecords patients;
    private final AuditTrail audit;
    private final Clock clock;

    SessionFollowUps(FollowUps followUps, AdverseEventStore events, ReactionFollowThrough followThrough,
            Visits visits, PatientRecords patients, AuditTrail audit, Clock clock) {
        this.followUps = followUps;
        this.events = events;
        this.followThrough = followThrough;
        this.visits = visits;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where one session's follow-up stands, for its page. */
    public record State(Appointment session, Optional<FollowUp> followUp, List<AdverseEvent> reported,
            Status status) {

        /** When the follow-up opens: 48 hours after the session's end. */
        public Instant opensAt() {
            return session.end().plus(AFTER);
        }

        public boolean anySevere() {
            return reported.stream().anyMatch(AdverseEvent::severe);
        }
    }

    public enum Status { NOT_ATTENDED, NOT_YET, OPEN, ANSWERED }

    /** The signed-in patient's follow-ups still to answer (empty for staff and for a patient without a record). */
    @Transactional(readOnly = true)
    public List<FollowUp> due(CurrentUser user) {
        if (!user.is(Role.PATIENT)) {
            return List.of();
        }
        return patients.ownRecord(user).map(own -> {
            audit.read(user, "followup.due", own.publicId(), "follow-up", null);
            return followUps.dueOf(own.publicId());
        }).orElse(List.of());
    }

    /** One session's follow-up, for the patient whose session it was (404 for anyone else's). */
    @Transactional(readOnly = true)
    public State of(CurrentUser user, UUID appointmentId) {
        Appointment session = ownSession(user, appointmentId);
        Optional<FollowUp> followUp = followUps.ofAppointment(appointmentId);
        audit.read(user, "followup.view", session.patientId(), "follow-up", appointmentId.toString());
        List<AdverseEvent> reported = followUp.filter(FollowUp::answered)
                .map(f -> events.ofPatient(session.patientId()).stream()
                        .filter(e -> appointmentId.equals(e.appointmentId())
                                && e.source() == AdverseEvent.Source.FOLLOW_UP).toList())
                .orElse(List.of());
        return new State(session, followUp, reported, status(session, followUp.orElse(null), clock.instant()));
    }

    /**
     * Stores the patient's answer to the follow-up of their attended session, once, and its reactions as adverse
     * events. Refused, naming the field, when the session was not attended, ended less than 48 hours ago or was
     * already followed up, or when an answer is out of range.
     */
    @Transactional
    public FollowUp answer(CurrentUser user, UUID appointmentId, FollowUpInput input) {
        Appointment session = ownSession(user, appointmentId);
        Patient patient = patients.require(user, session.patientId(), PatientAction.EDIT_CLINICAL);
        Instant now = clock.instant();
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<FollowUp> existing = followUps.ofAppointment(appointmentId);
        switch (status(session, existing.orElse(null), now)) {
            case NOT_ATTENDED -> errors.put("appointment", "followUp.error.notAttended");
            case NOT_YET -> errors.put("appointment", "followUp.error.notYet");
            case ANSWERED -> errors.put("appointment", "followUp.error.answered");
            case OPEN -> {
            }
        }
        FollowUpAnswer answer = null;
        try {
            answer = FollowUpAnswer.parse(input);
        } catch (InvalidFollowUpException invalid) {
            errors.putAll(invalid.fieldErrors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidFollowUpException(errors);
        }
        followUps.requestIfAbsent(session, now);
        FollowUp followUp = followUps.ofAppointment(appointmentId).orElseThrow();
        if (!followUps.answer(followUp.id(), answer, now)) {
            throw new InvalidFollowUpException("appointment", "followUp.error.answered");
        }
        List<AdverseEvent> recorded = new ArrayList<>();
        for (FollowUpAnswer.Reaction reaction : answer.reactions()) {
            recorded.add(events.insert(session.patientId(), session.publicId(), session.technique(), session.start(),
                    followUp.id(), reaction, AdverseEvent.Source.FOLLOW_UP, user.publicId(), now));
        }
        audit.write(user, "followup.answer", session.patientId(), "follow-up", followUp.publicId().toString());
        followThrough.after(user, patient, recorded);
        return followUps.ofAppointment(appointmentId).orElseThrow();
    }

    private Appointment ownSession(CurrentUser user, UUID appointmentId) {
        if (!user.is(Role.PATIENT)) {
            throw new AccessDeniedException("Only the patient answers their follow-up");
        }
        return visits.one(user, appointmentId);
    }

    static Status status(Appointment session, FollowUp followUp, Instant now) {
        if (session.status() != Appointment.Status.ATTENDED) {
            return Status.NOT_ATTENDED;
        }
        if (followUp != null && followUp.answered()) {
            return Status.ANSWERED;
        }
        return session.end().plus(AFTER).isAfter(now) ? Status.NOT_YET : Status.OPEN;
    }
}
