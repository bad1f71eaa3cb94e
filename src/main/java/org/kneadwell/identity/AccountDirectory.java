package org.kneadwell.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only look-ups of accounts for other modules (care teams, alerts, the admin pages). */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private final Accounts accounts;

    AccountDirectory(Accounts accounts) {
        this.accounts = accounts;
    }

    public Optional<AccountSummary> find(UUID publicId) {
        return accounts.byPublicId(publicId).map(AccountSummary::of);
    }

    public Optional<AccountSummary> find(long id) {
        return accounts.byId(id).map(AccountSummary::of);
    }

    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.byEmail(email).map(AccountSummary::of);
    }

    public List<AccountSummary> active(Role role) {
        return accounts.activeWithRole(role).stream().map(AccountSummary::of).toList();
    }

    public List<AccountSummary> all() {
        return accounts.all().stream().map(AccountSummary::of).toList();
    }
}
