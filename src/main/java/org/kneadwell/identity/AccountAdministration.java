package org.kneadwell.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.kneadwell.shared.AuditEvent;
import org.kneadwell.shared.AuditEvent.Outcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an admin does to accounts: deactivate (ending every session and token at once) and reactivate. */
@Service
public class AccountAdministration {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(Accounts accounts, ApiTokens tokens, FindByIndexNameSessionRepository<? extends Session> sessions,
            PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.sessions = sessions;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void deactivate(CurrentUser admin, UUID accountId, String sourceIp) {
        requireAdmin(admin);
        Account account = accounts.byPublicId(accountId).orElseThrow(AccountNotFoundException::new);
        if (account.id() == admin.accountId()) {
            throw new IllegalArgumentException("account.cannotDeactivateSelf");
        }
        Instant now = clock.instant();
        accounts.deactivate(account.id(), admin.accountId(), now);
        tokens.revokeAllOf(account.id());
        sessions.findByPrincipalName(account.publicId().toString()).keySet().forEach(sessions::deleteById);
        audit(admin, "account.deactivated", account, sourceIp, now);
        events.publishEvent(new AccountDeactivated(account.id(), account.publicId(), account.displayName(),
                account.role(), admin));
    }

    @Transactional
    public void reactivate(CurrentUser admin, UUID accountId, String sourceIp) {
        requireAdmin(admin);
        Account account = accounts.byPublicId(accountId).orElseThrow(AccountNotFoundException::new);
        accounts.reactivate(account.id());
        audit(admin, "account.reactivated", account, sourceIp, clock.instant());
    }

    /** The demo clinic's accounts: active at once, all with the same password (hashed once). */
    @Transactional
    public List<AccountSummary> createDemoAccounts(List<DemoAccount> demo, String password) {
        String hash = passwords.encode(password);
        Instant now = clock.instant();
        return demo.stream().map(d -> {
            long id = accounts.insert(UUID.randomUUID(), d.email(), d.displayName(), d.role(), AccountStatus.ACTIVE,
                    hash, d.totpSecret(), now);
            return AccountSummary.of(accounts.byId(id).orElseThrow());
        }).toList();
    }

    public record DemoAccount(String email, String displayName, Role role, String totpSecret) {
    }

    /** No account has that id. */
    public static class AccountNotFoundException extends RuntimeException {
        public AccountNotFoundException() {
            super("account.notFound");
        }
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only admins manage accounts");
        }
    }

    private void audit(CurrentUser admin, String action, Account account, String sourceIp, Instant now) {
        events.publishEvent(new AuditEvent(now, admin.publicId(), admin.role().name(), action, null, "account",
                account.publicId().toString(), sourceIp, Outcome.SUCCESS));
    }
}
