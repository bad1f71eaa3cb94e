package org.kneadwell.identity;

import java.util.UUID;

/** What other modules may know about an account. */
public record AccountSummary(long id, UUID publicId, String email, String displayName, Role role,
        AccountStatus status) {

    /** Acting as this account, for work done on its behalf outside a request (the demo clinic, jobs). */
    public CurrentUser asCurrentUser() {
        return new CurrentUser(id, publicId, email, displayName, role);
    }

    static AccountSummary of(Account account) {
        return new AccountSummary(account.id(), account.publicId(), account.email(), account.displayName(),
                account.role(), account.status());
    }
}
