package org.kneadwell.patient;

import java.util.List;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.Actor;
import org.kneadwell.shared.PatientNames;
import org.springframework.stereotype.Component;

/** {@link PatientNames} through the patient search, so the access policy decides whose names an actor may find. */
@Component
class PatientNamesBySearch implements PatientNames {

    private final PatientRecords records;

    PatientNamesBySearch(PatientRecords records) {
        this.records = records;
    }

    @Override
    public List<UUID> idsMatching(Actor actor, String name) {
        if (!(actor instanceof CurrentUser user) || name == null || name.isBlank()) {
            return List.of();
        }
        return records.search(user, name.strip()).stream().map(Patient::publicId).toList();
    }
}
