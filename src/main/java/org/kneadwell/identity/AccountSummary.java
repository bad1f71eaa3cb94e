package org.kneadwell.identity;

import java.util.UUID;

/** What other modules may know about an account. */
public record AccountSummary(long id, UUID publicId, String email, String displayName, Role role,
        AccountStatus status) {

    static AccountSummary of(Account account) {
        return new AccountSummary(account.id(), account.publicId(), account.email(), account.displayName(),
                account.role(), account.status());
    }
}
