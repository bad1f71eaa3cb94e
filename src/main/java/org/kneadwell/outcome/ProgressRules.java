package org.kneadwell.outcome;

import static org.kneadwell.shared.SqlTime.utc;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.patient.CareTeamMember;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.patient.TeamRole;
import org.kneadwell.patient.clinic.ClinicJobPatients;
import org.kneadwell.shared.CareTeamAlert;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The progress rules of issue 12 item 5, run in the transaction that stores a measurement:
 * <ul>
 * <li>after {@code kneadwell.outcome.not-improving-after-sessions} (default 4) sessions with no clinically
 * important improvement in pain (NPRS, PEG) or function (RMDQ, ODI, PSFS) since baseline, the therapists on the
 * care team get a "not improving" alert suggesting reassessment, a different technique or referral, again after
 * each further such number of sessions while it lasts;</li>
 * <li>a pain or function measurement worse than baseline by the MCID alerts them at once (once, when the series
 * crosses into it).</li>
 * </ul>
 * MCIDs: {@link Change} (clinical reference §7.1 [S72][S75][S78][S88]).
 */
@Component
class ProgressRules {

    static final List<String> PAIN = List.of(Measurement.PAIN, "PEG");
    static final List<String> FUNCTION = List.of("RMDQ", "ODI", "PSFS");
    static final String NOT_IMPROVING = "NOT_IMPROVING";
    static final String WORSENING = "WORSENING";

    private final Measurements measurements;
    private final InstrumentCatalog catalog;
    private final ClinicJobPatients patients;
    private final PatientRecords records;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int sessions;

    ProgressRules(Measurements measurements, InstrumentCatalog catalog, ClinicJobPatients patients,
            PatientRecords records, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock,
            @Value("${kneadwell.outcome.not-improving-after-sessions:4}") int sessions) {
        this.measurements = measurements;
        this.catalog = catalog;
        this.patients = patients;
        this.records = records;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** After a new pain or function measurement of {@code code}: alert at once if it crossed into a worsening. */
    void afterMeasurement(UUID patientId, String code) {
        if (!PAIN.contains(code) && !FUNCTION.contains(code)) {
            return;
        }
        Optional<Instrument> instrument = catalog.find(code).map(Availability::instrument);
        Measurements.Ends ends = measurements.endsOf(patientId, List.of(code)).get(code);
        if (instrument.isEmpty() || ends == null || ends.previous() == null) {
            return;
        }
        Change now = Change.between(instrument.get(), ends.first().value(), ends.first().effectiveAt(),
                ends.latest().value(), ends.latest().effectiveAt());
        Change before = Change.between(instrument.get(), ends.first().value(), ends.first().effectiveAt(),
                ends.previous().value(), ends.previous().effectiveAt());
        if (now.worsenedByMcid() && !before.worsenedByMcid()) {
            int count = measurements.sessionsWithPain(patientId);
            alert(patientId, WORSENING, code, count, (name, title) -> name + ": " + title + " is worse than at baseline by "
                    + "a clinically important amount (" + plain(now.baseline()) + " then, " + plain(now.latest())
                    + " now). Please review before the next session.");
        }
    }

    /** After a session's pain was stored: the "not improving after N sessions" rule. */
    void afterSession(UUID patientId) {
        int count = measurements.sessionsWithPain(patientId);
        if (count < sessions) {
            return;
        }
        Integer lastAlertAt = jdbc.sql("select max(sessions) from outcome_alert where patient_id = ? and kind = ?")
                .params(patientId, NOT_IMPROVING).query(Integer.class).optional().orElse(null);
        if (lastAlertAt != null && count - lastAlertAt < sessions) {
            return;
        }
        if (improvingByMcid(patientId)) {
            return;
        }
        alert(patientId, NOT_IMPROVING, Measurement.PAIN, count, (name, title) -> name + ": not improving after "
                + count + " sessions (no clinically important improvement in pain or function since baseline). "
                + "Consider a reassessment, a different technique, or referral.");
    }

    /** Whether any pain or function instrument has improved by its MCID since baseline. */
    boolean improvingByMcid(UUID patientId) {
        Map<String, Measurements.Ends> ends = measurements.endsOf(patientId,
                java.util.stream.Stream.concat(PAIN.stream(), FUNCTION.stream()).toList());
        return ends.entrySet().stream().anyMatch(e -> catalog.find(e.getKey())
                .map(a -> Change.between(a.instrument(), e.getValue().first().value(), e.getValue().first().effectiveAt(),
                        e.getValue().latest().value(), e.getValue().latest().effectiveAt()).mcidReached())
                .orElse(false));
    }

    private void alert(UUID patientId, String kind, String code, int count, Wording wording) {
        Optional<Patient> patient = patients.forClinicJob(patientId);
        if (patient.isEmpty()) {
            return;
        }
        Set<Long> therapists = records.careTeam(patient.get()).stream()
                .filter(m -> m.teamRole() == TeamRole.THERAPIST).map(CareTeamMember::accountId)
                .collect(Collectors.toSet());
        jdbc.sql("insert into outcome_alert (patient_id, kind, code, sessions, raised_at) values (?, ?, ?, ?, ?)")
                .params(patientId, kind, code, count, utc(clock.instant())).update();
        if (therapists.isEmpty()) {
            return;
        }
        String title = catalog.find(code).map(a -> a.instrument().title()).orElse(code);
        events.publishEvent(new CareTeamAlert(patientId, therapists, CareTeamAlert.Level.WARNING,
                wording.text(patient.get().displayName(), title), "/patients/" + patientId + "#outcomes", true, false));
    }

    private static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    @FunctionalInterface
    private interface Wording {
        String text(String patientName, String instrumentTitle);
    }
}
