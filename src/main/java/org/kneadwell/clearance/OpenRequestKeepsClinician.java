package org.kneadwell.clearance;

import java.util.Optional;
import java.util.UUID;

import org.kneadwell.patient.CareTeamGuard;
import org.kneadwell.patient.CareTeamMember;
import org.kneadwell.patient.TeamRole;
import org.springframework.stereotype.Component;

/**
 * While a clearance request for the patient is open (or waiting for more information), no clinician leaves the
 * care team: the request would be left with nobody to decide it.
 */
@Component
class OpenRequestKeepsClinician implements CareTeamGuard {

    private final ClearanceRequests requests;

    OpenRequestKeepsClinician(ClearanceRequests requests) {
        this.requests = requests;
    }

    @Override
    public Optional<String> whyKeep(UUID patientId, CareTeamMember member) {
        if (member.teamRole() != TeamRole.CLINICIAN) {
            return Optional.empty();
        }
        return requests.openFor(patientId).map(open -> "careTeam.openClearanceRequest");
    }
}
