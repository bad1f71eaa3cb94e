package org.kneadwell.patient;

import java.util.Optional;
import java.util.UUID;

/**
 * Another module's reason to keep someone on a patient's care team. The patient module cannot look into the
 * modules built on it, so they say why here: clearance keeps the clinician while a request for the patient is
 * open. {@link PatientRecords#removeFromCareTeam} asks every guard and refuses if any answers.
 */
public interface CareTeamGuard {

    /** The message key saying why {@code member} may not leave {@code patientId}'s care team now; empty if they may. */
    Optional<String> whyKeep(UUID patientId, CareTeamMember member);
}
