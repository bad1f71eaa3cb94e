package org.kneadwell.identity;

import java.util.UUID;

/**
 * Published inside the deactivation's transaction, after the account's sessions and tokens have ended, so modules
 * that hold work for the account (a therapist's calendar feeds and booked sessions) can wind it down atomically.
 *
 * @param by the admin who deactivated the account
 */
public record AccountDeactivated(long accountId, UUID publicId, String displayName, Role role, CurrentUser by) {
}
