package org.kneadwell.identity;

import java.time.Instant;

/**
 * Published when someone is invited to an account; the notification module turns it into an e-mail.
 * The link carries a one-time token and nothing about any patient.
 */
public record AccountInvited(String email, String displayName, Role role, String link, Instant expiresAt) {
}
