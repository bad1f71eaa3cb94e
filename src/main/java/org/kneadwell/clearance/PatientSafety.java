package org.kneadwell.clearance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.screening.StoredScreening;
import org.kneadwell.screening.checked.ScreeningHistory;
import org.kneadwell.shared.ClinicSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one component that answers "what may be done for this patient on this day" (screening contract §5): the
 * clinician's last settling decision, the screen it applied to and every screen since, read by
 * {@link EffectiveSafety}. The chart, every list and home, booking, the session and the API ask only this.
 */
@Service
public class PatientSafety {

    private final ScreeningHistory screenings;
    private final ClearanceDecisions decisions;
    private final PatientRecords patients;
    private final AuditTrail audit;
    private final ClinicSettings clinic;
    private final Clock clock;

    PatientSafety(ScreeningHistory screenings, ClearanceDecisions decisions, PatientRecords patients, AuditTrail audit,
            ClinicSettings clinic, Clock clock) {
        this.screenings = screenings;
        this.decisions = decisions;
        this.patients = patients;
        this.audit = audit;
        this.clinic = clinic;
        this.clock = clock;
    }

    /**
     * Effective safety today (in the clinic's time zone), for a caller who may see the patient's clinical data. No
     * transaction of its own: its reads are single statements (at READ COMMITTED a transaction around them would not
     * give them one snapshot either), so no pooled connection is held while the audit event is stored.
     */
    public SafetyToday today(CurrentUser user, UUID patientId) {
        patients.require(user, patientId, PatientAction.VIEW_CLINICAL);
        audit.read(user, "safety.read", patientId, "safety", null);
        return on(patientId, clinic.today(clock));
    }

    /**
     * The badge of each listed patient today, for staff lists and homes: the same state the chart shows. The caller
     * passes patients it may see (from the patient search); each is checked again, and those it may not see clinically
     * are left out.
     */
    @Transactional(readOnly = true)
    public Map<UUID, SafetyBadge> badges(CurrentUser user, List<Patient> visible) {
        LocalDate today = clinic.today(clock);
        List<UUID> clinical = visible.stream().filter(p -> patients.may(user, PatientAction.VIEW_CLINICAL, p))
                .map(Patient::publicId).distinct().toList();
        Map<UUID, ClearanceDecision> resolutions = decisions.latestResolutions(clinical);
        Map<UUID, Long> fromIds = new HashMap<>();
        clinical.forEach(id -> fromIds.put(id, resolutions.containsKey(id) ? resolutions.get(id).screeningId() : 0L));
        Map<UUID, List<StoredScreening>> screens = screenings.sinceEach(fromIds);
        Map<UUID, SafetyBadge> badges = new HashMap<>();
        for (UUID id : clinical) {
            SafetyHistory history = new SafetyHistory(screens.getOrDefault(id, List.of()).stream()
                    .map(PatientSafety::timeline).toList(), resolutions.get(id));
            badges.put(id, EffectiveSafety.on(today, history).badge());
        }
        audit.read(user, "safety.badges", null, "safety", String.valueOf(badges.size()));
        return badges;
    }

    /**
     * Effective safety on a given day, for services that have already checked access (booking, session notes); it
     * joins the caller's transaction when there is one (booking decides inside its own).
     */
    public SafetyToday on(UUID patientId, LocalDate day) {
        return EffectiveSafety.on(day, history(patientId));
    }

    /** Effective safety on each of the given days, reading the patient's history once (booked sessions, §5.5). */
    public Map<LocalDate, SafetyToday> onDays(UUID patientId, Collection<LocalDate> days) {
        SafetyHistory history = history(patientId);
        Map<LocalDate, SafetyToday> byDay = new HashMap<>();
        days.forEach(day -> byDay.computeIfAbsent(day, d -> EffectiveSafety.on(d, history)));
        return byDay;
    }

    /** What effective safety is computed from: the last settling decision and the screens from its screen on. */
    SafetyHistory history(UUID patientId) {
        ClearanceDecision resolution = decisions.latestResolution(patientId).orElse(null);
        List<StoredScreening> screens = screenings.since(patientId, resolution == null ? 0 : resolution.screeningId());
        return new SafetyHistory(screens.stream().map(PatientSafety::timeline).toList(), resolution);
    }

    static TimelineScreen timeline(StoredScreening screen) {
        return new TimelineScreen(screen.id(), screen.createdAt(), screen.facts(), screen.result());
    }
}
