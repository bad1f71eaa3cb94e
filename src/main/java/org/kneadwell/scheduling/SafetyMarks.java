package org.kneadwell.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.clearance.PatientSafety;
import org.kneadwell.clearance.SafetyChanged;
import org.kneadwell.clearance.SafetyToday;
import org.kneadwell.patient.CareTeamMember;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.patient.clinic.ClinicJobPatients;
import org.kneadwell.shared.CareTeamAlert;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.Technique;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Booked sessions follow effective safety (screening contract §5.5): when it changes, every upcoming session it no
 * longer allows on its day is marked blocked with the reason, and the care team is alerted once; a session allowed
 * again loses its mark. Nothing is cancelled automatically: the clinic decides what to do with a blocked session.
 */
@Component
class SafetyMarks {

    private final Appointments appointments;
    private final PatientSafety safety;
    private final PatientRecords patients;
    private final ClinicJobPatients jobPatients;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final ClinicSettings clinic;
    private final Clock clock;

    SafetyMarks(Appointments appointments, PatientSafety safety, PatientRecords patients, ClinicJobPatients jobPatients,
            ApplicationEventPublisher events, MessageSource messages, ClinicSettings clinic, Clock clock) {
        this.appointments = appointments;
        this.safety = safety;
        this.patients = patients;
        this.jobPatients = jobPatients;
        this.events = events;
        this.messages = messages;
        this.clinic = clinic;
        this.clock = clock;
    }

    @EventListener
    void on(SafetyChanged changed) {
        Instant now = clock.instant();
        List<Appointment> upcoming = appointments.upcomingOf(changed.patientId(), now);
        Map<LocalDate, SafetyToday> byDay = safety.onDays(changed.patientId(),
                upcoming.stream().map(this::dayOf).toList());
        int newlyBlocked = 0;
        for (Appointment session : upcoming) {
            String reason = reason(byDay.get(dayOf(session)), session.technique());
            if (reason == null ? session.blockedReason() != null : !reason.equals(session.blockedReason())) {
                appointments.markBlocked(session.id(), reason, now);
                newlyBlocked += reason != null && session.blockedReason() == null ? 1 : 0;
            }
        }
        if (newlyBlocked > 0) {
            alert(changed.patientId(), newlyBlocked);
        }
    }

    private LocalDate dayOf(Appointment session) {
        return session.start().atZone(clinic.zone()).toLocalDate();
    }

    /** Why the session may not go ahead on its day, in words for people; {@code null} if it may. */
    private String reason(SafetyToday onDay, Technique technique) {
        String key;
        if (onDay.onHold()) {
            key = "blocked.onHold";
        } else {
            key = switch (onDay.clearanceStatus()) {
                case NO_SCREEN -> "blocked.noScreen";
                case AWAITING -> "blocked.awaitingClearance";
                case DECLINED -> "blocked.declined";
                case EXPIRED -> "blocked.clearanceExpired";
                case NOT_NEEDED, VALID -> onDay.verdict(technique).allowed() ? null : "blocked.technique";
            };
        }
        if (key == null) {
            return null;
        }
        String techniqueName = messages.getMessage("technique." + technique.name(), null, technique.name(),
                Locale.ENGLISH);
        return messages.getMessage(key, new Object[] { techniqueName }, Locale.ENGLISH);
    }

    private void alert(UUID patientId, int sessions) {
        jobPatients.forClinicJob(patientId).ifPresent(patient -> {
            Set<Long> team = patients.careTeam(patient).stream().map(CareTeamMember::accountId)
                    .collect(Collectors.toSet());
            if (!team.isEmpty()) {
                events.publishEvent(new CareTeamAlert(patient.publicId(), team, CareTeamAlert.Level.WARNING,
                        messages.getMessage("blocked.alert", new Object[] { patient.displayName(), sessions },
                                Locale.ENGLISH),
                        "/patients/" + patient.publicId() + "#sessions", true, false));
            }
        });
    }
}
