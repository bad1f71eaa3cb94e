package org.kneadwell.patient;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.Actor;
import org.kneadwell.shared.PatientVisibility;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PatientVisibility} answered by the {@link AccessPolicy}: a reader sees what concerns a patient only while
 * they may view that patient's clinical data. Anyone who is not a signed-in user sees nothing (fails closed).
 */
@Component
class PolicyPatientVisibility implements PatientVisibility {

    private final Patients patients;
    private final AccessPolicy policy;

    PolicyPatientVisibility(Patients patients, AccessPolicy policy) {
        this.patients = patients;
        this.policy = policy;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> visibleTo(Actor reader, Collection<UUID> patientIds) {
        if (!(reader instanceof CurrentUser user)) {
            return Set.of();
        }
        return patientIds.stream().distinct()
                .filter(id -> patients.byPublicId(id)
                        .filter(patient -> policy.may(user, PatientAction.VIEW_CLINICAL, patient)).isPresent())
                .collect(Collectors.toUnmodifiableSet());
    }
}
