package org.kneadwell.identity;

/** Published when an invited person activates their account; {@code invitedBy} is the inviter's account id. */
public record AccountActivated(long accountId, String displayName, Role role, Long invitedBy) {
}
