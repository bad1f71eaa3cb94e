package org.kneadwell.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Published when someone is invited to an account; the notification module turns it into an e-mail. It carries no
 * link: the one-time link is minted ({@link Invitations#mintLinkForDelivery}) only when the e-mail is handed to the
 * mail server, so no stored row ever holds a usable link.
 *
 * @param account the invited account's public id
 */
public record AccountInvited(String email, String displayName, Role role, UUID account, Instant expiresAt) {
}
