package org.kneadwell.screening.checked;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.screening.IntakeAnswers;
import org.kneadwell.screening.StoredScreening;
import org.springframework.modulith.NamedInterface;

/**
 * A patient's screenings read without an access check or audit, for modules that compute effective safety
 * (clearance) or rank techniques within it (recommendation) after their own caller passed the access policy.
 * Only modules that declare {@code screening :: safety} may use it; everyone else goes through
 * {@link org.kneadwell.screening.Screenings}, which checks and audits.
 */
@NamedInterface("safety")
public interface ScreeningHistory {

    /** The patient's latest screening. */
    Optional<StoredScreening> latest(UUID patientId);

    /** The patient's screenings from the given one on (by id), oldest first. */
    List<StoredScreening> since(UUID patientId, long fromId);

    /**
     * For each patient (by public id), their screenings from the given one on (by id), oldest first: what
     * {@link #since} answers for each, in one query per few hundred patients. Patients without any are absent.
     */
    Map<UUID, List<StoredScreening>> sinceEach(Map<UUID, Long> fromIds);

    /** The answers a screening was made from; empty for a screening not made from an intake. */
    Optional<IntakeAnswers> answersOf(StoredScreening screening);
}
