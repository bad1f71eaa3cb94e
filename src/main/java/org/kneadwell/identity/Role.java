package org.kneadwell.identity;

import org.springframework.modulith.NamedInterface;

/** What an account is for. Clinicians and admins must sign in with a second factor. */
@NamedInterface("actor")
public enum Role {
    PATIENT, THERAPIST, CLINICIAN, ADMIN;

    public boolean requiresSecondFactor() {
        return this == CLINICIAN || this == ADMIN;
    }

    public boolean isStaff() {
        return this != PATIENT;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
