package org.kneadwell.outcome;

import java.math.BigDecimal;

import org.kneadwell.outcome.Measurement.Source;
import org.kneadwell.shared.SessionNoteVoided;
import org.kneadwell.shared.SessionPainRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the session pain timeline from the {@code session} module's events. Synchronous listeners in the publishing
 * transaction, on purpose: a signed note and its pain measurements commit (or roll back) together, so the timeline
 * can never lack a signed session or keep a voided one, and the progress alerts join the same transaction. An
 * after-commit listener would lose the rows if the application stopped between the commit and the listener (this
 * project has no event publication registry to replay it).
 */
@Component
class SessionPain {

    private static final String UNIT = "{score}";

    private final Measurements measurements;
    private final PainMaps maps;
    private final ProgressRules rules;
    private final java.time.Clock clock;

    SessionPain(Measurements measurements, PainMaps maps, ProgressRules rules, java.time.Clock clock) {
        this.measurements = measurements;
        this.maps = maps;
        this.rules = rules;
        this.clock = clock;
    }

    /** Pain before the session joins the pain series; pain after it has its own code. A re-signed note replaces. */
    @EventListener
    void on(SessionPainRecorded signed) {
        measurements.voidSession(signed.patientId(), signed.appointmentId(), clock.instant());
        maps.voidSession(signed.patientId(), signed.appointmentId(), clock.instant());
        if (!signed.painRegions().isEmpty()) {
            maps.insert(signed.patientId(), new PainMap(signed.sessionStart(), PainMap.Source.SESSION,
                    signed.painRegions()), signed.appointmentId());
        }
        measurements.insert(new Measurement(0, signed.patientId(), Measurement.PAIN,
                BigDecimal.valueOf(signed.painBefore()), UNIT, signed.sessionStart(), Source.SESSION,
                signed.appointmentId(), null, null, signed.techniques()));
        measurements.insert(new Measurement(0, signed.patientId(), Measurement.PAIN_AFTER_SESSION,
                BigDecimal.valueOf(signed.painAfter()), UNIT, signed.sessionStart(), Source.SESSION,
                signed.appointmentId(), null, null, signed.techniques()));
        rules.afterMeasurement(signed.patientId(), Measurement.PAIN);
        rules.afterSession(signed.patientId());
    }

    @EventListener
    void on(SessionNoteVoided voided) {
        measurements.voidSession(voided.patientId(), voided.appointmentId(), clock.instant());
        maps.voidSession(voided.patientId(), voided.appointmentId(), clock.instant());
    }
}
