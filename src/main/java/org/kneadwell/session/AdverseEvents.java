package org.kneadwell.session;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientNotFoundException;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.scheduling.Visits;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's adverse events on the chart and in the API, and the care team recording one directly (told at the
 * desk or by phone), optionally tied to one of the patient's attended sessions. Followed through like a reported one.
 */
@Service
public class AdverseEvents {

    private final AdverseEventStore store;
    private final FollowUps followUps;
    private final ReactionFollowThrough followThrough;
    private final PatientRecords patients;
    private final Visits visits;
    private final AuditTrail audit;
    private final Clock clock;

    AdverseEvents(AdverseEventStore store, FollowUps followUps, ReactionFollowThrough followThrough,
            PatientRecords patients, Visits visits, AuditTrail audit, Clock clock) {
        this.store = store;
        this.followUps = followUps;
        this.followThrough = followThrough;
        this.patients = patients;
        this.visits = visits;
        this.audit = audit;
        this.clock = clock;
    }

    /** A reaction as a member of the care team typed or sent it: code names, and optionally the session's id. */
    public record StaffInput(String kind, String severity, String description, String appointmentId) {
    }

    /** What the chart shows after sessions: the 48-hour follow-ups (oldest session first) and the adverse events. */
    public record AfterSessions(List<FollowUp> followUps, List<AdverseEvent> events) {
    }

    /** The patient's follow-ups and adverse events for the chart (one audit event for the read). */
    @Transactional(readOnly = true)
    public AfterSessions onChart(CurrentUser user, UUID patientId) {
        patients.require(user, patientId, PatientAction.VIEW_CLINICAL);
        audit.read(user, "adverse-event.chart", patientId, "adverse-event", null);
        return new AfterSessions(followUps.ofPatient(patientId), store.ofPatient(patientId));
    }

    /** The patient's adverse events, newest first. */
    @Transactional(readOnly = true)
    public List<AdverseEvent> ofPatient(CurrentUser user, UUID patientId) {
        patients.require(user, patientId, PatientAction.VIEW_CLINICAL);
        audit.read(user, "adverse-event.list", patientId, "adverse-event", null);
        return store.ofPatient(patientId);
    }

    /** Records a reaction the care team learnt of; refused, naming each bad field, with nothing stored. */
    @Transactional
    public AdverseEvent record(CurrentUser staff, UUID patientId, StaffInput input) {
        if (!staff.role().isStaff()) {
            throw new AccessDeniedException("The care team records adverse events; patients answer their follow-up");
        }
        Patient patient = patients.require(staff, patientId, PatientAction.EDIT_CLINICAL);
        Map<String, String> errors = new LinkedHashMap<>();
        ReactionKind kind = FollowUpAnswer.code(ReactionKind.class, input.kind());
        Severity severity = FollowUpAnswer.code(Severity.class, input.severity());
        String description = input.description() == null || input.description().isBlank() ? null
                : input.description().strip();
        if (kind == null) {
            errors.put("kind", "followUp.error.reactionKind");
        }
        if (severity == null) {
            errors.put("severity", "followUp.error.severity");
        }
        if (description != null && description.length() > FollowUpAnswer.MAX_DESCRIPTION) {
            errors.put("description", "followUp.error.descriptionLength");
        } else if (kind == ReactionKind.OTHER && description == null) {
            errors.put("description", "followUp.error.otherDescription");
        }
        Appointment session = session(staff, patientId, input.appointmentId(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidFollowUpException(errors);
        }
        Instant now = clock.instant();
        AdverseEvent event = store.insert(patientId, session == null ? null : session.publicId(),
                session == null ? null : session.technique(), session == null ? null : session.start(), null,
                new FollowUpAnswer.Reaction(kind, severity, description), AdverseEvent.Source.STAFF,
                staff.publicId(), now);
        audit.write(staff, "adverse-event.record", patientId, "adverse-event", event.publicId().toString());
        followThrough.after(staff, patient, List.of(event));
        return event;
    }

    /** The patient's attended session the event followed, if one was named. */
    private Appointment session(CurrentUser staff, UUID patientId, String appointmentId, Map<String, String> errors) {
        if (appointmentId == null || appointmentId.isBlank()) {
            return null;
        }
        try {
            Appointment session = visits.one(staff, UUID.fromString(appointmentId.strip()));
            if (session.patientId().equals(patientId) && session.status() == Appointment.Status.ATTENDED) {
                return session;
            }
        } catch (IllegalArgumentException | PatientNotFoundException unknown) {
            // Not an attended session of this patient that the caller may see: said below, like any bad field.
        }
        errors.put("appointmentId", "adverseEvent.error.session");
        return null;
    }
}
