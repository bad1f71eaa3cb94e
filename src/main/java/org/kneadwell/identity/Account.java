package org.kneadwell.identity;

import java.time.Instant;
import java.util.UUID;

/** An account as stored; the password hash and TOTP secret never leave the identity module. */
public record Account(long id, UUID publicId, String email, String displayName, Role role, AccountStatus status,
        String passwordHash, String totpSecret, Long totpLastStep, Instant createdAt, Instant activatedAt,
        Instant deactivatedAt) {

    public CurrentUser asCurrentUser() {
        return new CurrentUser(id, publicId, email, displayName, role);
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }
}
