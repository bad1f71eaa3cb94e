package org.kneadwell.patient;

import java.util.List;

/**
 * What the chart header and the API show for one patient. {@code accountStatus} is null when the patient
 * has no account; the referral note is left out unless {@code clinicalAccess}.
 */
public record PatientChart(Patient patient, int age, List<CareTeamMember> careTeam, String accountStatus,
        boolean clinicalAccess) {
}
