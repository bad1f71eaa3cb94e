package org.kneadwell.patient.clinic;

import java.util.Optional;
import java.util.UUID;

import org.kneadwell.patient.Patient;
import org.springframework.modulith.NamedInterface;

/**
 * Patients for work done by the clinic itself, not on anyone's request (scheduled alerts and reminders): there is
 * no signed-in user to ask the access policy about. Only modules that declare {@code patient :: jobs} may use it;
 * never call it on behalf of a signed-in user (use {@link org.kneadwell.patient.PatientRecords#require}).
 */
@NamedInterface("jobs")
public interface ClinicJobPatients {

    Optional<Patient> forClinicJob(UUID patientId);
}
