package org.kneadwell.messaging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kneadwell.patient.CareTeamMember;
import org.kneadwell.patient.Patient;

/**
 * Who takes part in a patient's threads: the patient (when their record has an account) and their care team as the
 * patient module knows it today, by account id with the name shown to the others.
 */
record Participants(Map<Long, String> names) {

    static Participants of(Patient patient, List<CareTeamMember> team) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (patient.accountId() != null) {
            names.put(patient.accountId(), patient.displayName());
        }
        team.forEach(member -> names.put(member.accountId(), member.displayName()));
        return new Participants(names);
    }

    /** Everyone but {@code account}: who hears of a new message. */
    List<Long> besides(long account) {
        return names.keySet().stream().filter(id -> id != account).toList();
    }
}
