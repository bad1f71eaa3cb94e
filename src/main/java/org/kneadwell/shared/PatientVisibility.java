package org.kneadwell.shared;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Asks the patient module's access policy, from modules that may not depend on it (notification), which patients
 * a reader may still see clinical data of. Access changes (a therapist taken off a care team), so anything kept per
 * reader that names a patient, such as an alert, is filtered through this when it is read, not when it is made.
 */
public interface PatientVisibility {

    /** Those of {@code patientIds} whose clinical data {@code reader} may see now; none for an unknown reader. */
    Set<UUID> visibleTo(Actor reader, Collection<UUID> patientIds);
}
