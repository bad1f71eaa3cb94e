package org.kneadwell.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.kneadwell.shared.Technique;

/**
 * One narrow measurement row: a score or rating of a patient at a time, from a source (the patient, the
 * therapist, or a signed session note). {@code code} is the instrument id; pain after a session is
 * {@link #PAIN_AFTER_SESSION}, so the before-session pain series is the plain {@link #PAIN} range.
 */
public record Measurement(long id, UUID patientId, String code, BigDecimal value, String unit, Instant effectiveAt,
        Source source, UUID appointmentId, UUID responseId, UUID diaryId, List<Technique> techniques) {

    public static final String PAIN = "NPRS";
    public static final String PAIN_AFTER_SESSION = "NPRS_AFTER_SESSION";

    /** Who recorded it; IMPORTED arrived from another system (a FHIR import). */
    public enum Source { PATIENT, THERAPIST, SESSION, IMPORTED }

    public Measurement {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(effectiveAt, "effectiveAt");
        Objects.requireNonNull(source, "source");
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
    }
}
