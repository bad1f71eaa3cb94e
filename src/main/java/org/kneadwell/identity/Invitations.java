package org.kneadwell.identity;

import static org.kneadwell.shared.SqlTime.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.shared.AuditEvent;
import org.kneadwell.shared.AuditEvent.Outcome;
import org.kneadwell.shared.PublicAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time invitation links. An admin invites staff; staff (or an admin) invite a patient to their record.
 * The invited person sets a password and, for roles that need it, enrols an authenticator app; the link then
 * stops working.
 */
@Service
public class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(7);

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final Totp totp;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicAddress address;

    Invitations(Accounts accounts, JdbcClient jdbc, PasswordPolicy policy, PasswordEncoder passwords, Totp totp,
            ApplicationEventPublisher events, Clock clock, PublicAddress address) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.policy = policy;
        this.passwords = passwords;
        this.totp = totp;
        this.events = events;
        this.clock = clock;
        this.address = address;
    }

    /** Thrown when the e-mail address already belongs to an account. */
    public static class EmailTakenException extends RuntimeException {
        public EmailTakenException() {
            super("invite.emailTaken");
        }
    }

    /** Creates an invited account and sends the link; returns the new account. */
    @Transactional
    public AccountSummary invite(CurrentUser by, String email, String displayName, Role role, String sourceIp) {
        if (role == Role.PATIENT ? !by.role().isStaff() : !by.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only admins invite staff; only staff invite patients");
        }
        if (accounts.existsByEmail(email)) {
            throw new EmailTakenException();
        }
        Instant now = clock.instant();
        String secret = role.requiresSecondFactor() ? totp.newSecret() : null;
        long accountId = accounts.insert(UUID.randomUUID(), email, displayName.strip(), role, AccountStatus.INVITED,
                null, secret, now);
        Instant expiresAt = now.plus(VALID_FOR);
        // A hash of a token nobody ever sees: the usable link is minted when the e-mail is sent.
        jdbc.sql("insert into invitation (token_hash, account_id, invited_by, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(Hashes.sha256(Hashes.randomToken()), accountId, by.accountId(), utc(now), utc(expiresAt))
                .update();
        Account account = accounts.byId(accountId).orElseThrow();
        events.publishEvent(new AccountInvited(account.email(), account.displayName(), role, account.publicId(),
                expiresAt));
        events.publishEvent(new AuditEvent(now, by.publicId(), by.role().name(), "account.invited", null, "account",
                account.publicId().toString(), sourceIp, Outcome.SUCCESS));
        return AccountSummary.of(account);
    }

    /**
     * A fresh one-time link for the account's open invitation, replacing any earlier link (which stops working);
     * empty when the invitation was used, cancelled or has expired. Only the outbox sender calls this, at the moment
     * it hands the e-mail to the mail server: the link exists in that e-mail and nowhere else.
     */
    @Transactional
    public Optional<String> mintLinkForDelivery(UUID account) {
        String token = Hashes.randomToken();
        int updated = jdbc.sql("""
                update invitation set token_hash = ?
                where used_at is null and expires_at > ?
                  and account_id = (select id from account where public_id = ? and status = 'INVITED')""")
                .params(Hashes.sha256(token), utc(clock.instant()), account).update();
        return updated == 1 ? Optional.of(address.forBackgroundJobs() + "/invitations/" + token) : Optional.empty();
    }

    /**
     * Withdraws the open invitation of an account that was never activated: the invitation and the empty account
     * are removed (the link, wherever it went, stops working) and the cancellation is audited. False when the
     * account is not waiting for activation. The caller first unlinks the account from anything that refers to it.
     */
    @Transactional
    public boolean cancel(CurrentUser by, long accountId) {
        Optional<Account> invited = accounts.byId(accountId).filter(a -> a.status() == AccountStatus.INVITED);
        if (invited.isEmpty()) {
            return false;
        }
        jdbc.sql("delete from invitation where account_id = ?").param(accountId).update();
        jdbc.sql("delete from account where id = ? and status = 'INVITED'").param(accountId).update();
        events.publishEvent(new AuditEvent(clock.instant(), by.publicId(), by.role().name(), "invitation.cancelled",
                null, "account", invited.get().publicId().toString(), null, Outcome.SUCCESS));
        return true;
    }

    /** What the acceptance page shows; empty when the link is unknown, used or expired. */
    @Transactional(readOnly = true)
    public Optional<PendingInvitation> pending(String token) {
        return open(token).map(account -> new PendingInvitation(account.displayName(), account.email(),
                account.role(), account.role().requiresSecondFactor()
                        ? totp.qrCodeDataUri(account.totpSecret(), account.email()) : null,
                account.role().requiresSecondFactor() ? account.totpSecret() : null));
    }

    public record PendingInvitation(String displayName, String email, Role role, String qrCodeDataUri,
            String totpSecret) {
        public boolean needsSecondFactor() {
            return qrCodeDataUri != null;
        }
    }

    /**
     * Sets the password (and checks the first authenticator code) and activates the account.
     * Returns field name to message key for each problem; empty means the account is now active.
     */
    @Transactional
    public Map<String, String> accept(String token, String password, String confirmation, String totpCode,
            String sourceIp) {
        Account account = open(token).orElseThrow(() -> new InvitationUnavailableException());
        Map<String, String> problems = new LinkedHashMap<>();
        policy.problemWith(password).ifPresent(problem -> problems.put("password", problem));
        if (password != null && !password.equals(confirmation)) {
            problems.put("confirmation", "password.mismatch");
        }
        if (account.role().requiresSecondFactor() && totp.matchingStep(account.totpSecret(), totpCode).isEmpty()) {
            problems.put("totp", "totp.invalid");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Instant now = clock.instant();
        accounts.activate(account.id(), passwords.encode(password), account.totpSecret(), now);
        jdbc.sql("update invitation set used_at = ? where token_hash = ?").params(utc(now), Hashes.sha256(token))
                .update();
        Long invitedBy = jdbc.sql("select invited_by from invitation where token_hash = ?").param(Hashes.sha256(token))
                .query(Long.class).single();
        events.publishEvent(new AccountActivated(account.id(), account.displayName(), account.role(), invitedBy));
        events.publishEvent(new AuditEvent(now, account.publicId(), account.role().name(), "account.activated", null,
                "account", account.publicId().toString(), sourceIp, Outcome.SUCCESS));
        return problems;
    }

    /** The link is unknown, already used, or expired. */
    public static class InvitationUnavailableException extends RuntimeException {
        public InvitationUnavailableException() {
            super("invite.unavailable");
        }
    }

    private Optional<Account> open(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select account_id from invitation where token_hash = ? and used_at is null and expires_at > ?")
                .params(Hashes.sha256(token), utc(clock.instant()))
                .query(Long.class)
                .optional()
                .flatMap(accounts::byId)
                .filter(account -> account.status() == AccountStatus.INVITED);
    }
}
