package org.kneadwell.patient;

import java.util.Optional;
import java.util.UUID;

import org.kneadwell.patient.clinic.AccountLinks;
import org.kneadwell.patient.clinic.ClinicJobPatients;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Patient records for the clinic's own work: scheduled jobs and seeding (see the interfaces for who may use it). */
@Service
class ClinicPatientAccess implements ClinicJobPatients, AccountLinks {

    private final Patients patients;

    ClinicPatientAccess(Patients patients) {
        this.patients = patients;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Patient> forClinicJob(UUID patientId) {
        return patients.byPublicId(patientId);
    }

    @Override
    @Transactional
    public void linkAccount(UUID patientId, long accountId) {
        patients.byPublicId(patientId).ifPresent(p -> patients.linkAccount(p.id(), accountId));
    }
}
