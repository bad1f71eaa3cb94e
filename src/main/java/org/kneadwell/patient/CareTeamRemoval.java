package org.kneadwell.patient;

import java.util.Objects;

/**
 * Taking one member off a patient's care team: who would go, and the message key of why they may not, if they
 * may not. The supervising clinician stays unless the clinician or an admin removes them, after a confirmation,
 * and never while another module's {@link CareTeamGuard} objects; a therapist goes at once, as always.
 *
 * @param refusal the message key of why the member stays, or {@code null} if they may be removed
 */
public record CareTeamRemoval(Patient patient, CareTeamMember member, String refusal) {

    public CareTeamRemoval {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(member, "member");
    }

    public boolean refused() {
        return refusal != null;
    }

    /** Removing a clinician is confirmed first. */
    public boolean needsConfirmation() {
        return member.teamRole() == TeamRole.CLINICIAN;
    }

    /** What a request to remove someone came to (a refusal is a {@link CareTeamChangeRefusedException}). */
    public enum Outcome {
        REMOVED,
        /** They were not on the team (any more): nothing to do. */
        NOT_A_MEMBER,
        /** A clinician: nothing is done until the caller confirms. */
        CONFIRM_FIRST
    }
}
