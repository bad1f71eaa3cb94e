package org.kneadwell.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One check-in before a session, as stored.
 *
 * @param redFlags      the re-check's red-flag codes answered "yes"
 * @param newConditions condition codes reported as new
 * @param newMedicines  medicine-group codes reported as started
 * @param screeningId   the new screen the answers made, or {@code null} when they raised nothing
 * @param atDesk        given at the desk with the therapist (else by the patient)
 */
public record CheckIn(UUID publicId, UUID appointmentId, UUID patientId, int painNow, List<String> redFlags,
        List<String> newConditions, List<String> newMedicines, UUID screeningId, boolean massageOnHold,
        UUID checkedInBy, boolean atDesk, Instant at) {

    /** Whether the answers raised anything (a red flag, a new condition or medicine). */
    public boolean raisedAnything() {
        return !redFlags.isEmpty() || !newConditions.isEmpty() || !newMedicines.isEmpty();
    }
}
