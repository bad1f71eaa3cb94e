package org.kneadwell.therapist;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A therapist whose credential the admin should look at today: waiting for verification, expired, or expiring within
 * {@link Credential#EXPIRY_WARNING_DAYS} days. {@code expiresOn} is null when no expiry has been entered.
 */
public record CredentialAttention(UUID therapistId, String displayName, Credential.Status status,
        LocalDate expiresOn) {
}
