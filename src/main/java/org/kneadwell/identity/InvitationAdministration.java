package org.kneadwell.identity;

import static org.kneadwell.shared.SqlTime.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.shared.AuditEvent;
import org.kneadwell.shared.AuditEvent.Outcome;
import org.kneadwell.shared.SqlTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's handling of invitations nobody has accepted yet: see whether each link is open, expired or revoked;
 * send a new one; revoke one. Links are never stored: a resent invitation gets its link minted when its e-mail is
 * delivered ({@link Invitations#mintLinkForDelivery}), exactly as the first one did.
 */
@Service
public class InvitationAdministration {

    /** Where a pending (INVITED) account's invitation stands. */
    public enum LinkState {
        OPEN, EXPIRED, REVOKED
    }

    /** Thrown when an account is not waiting for its invitation to be accepted (unknown, active or deactivated). */
    public static class NotPendingException extends RuntimeException {
        public NotPendingException() {
            super("invitation.notPending");
        }
    }

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationAdministration(Accounts accounts, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The link state of every account still waiting for its invitation to be accepted, by account public id. */
    @Transactional(readOnly = true)
    public Map<UUID, LinkState> pendingLinkStates() {
        Instant now = clock.instant();
        Map<UUID, LinkState> states = new LinkedHashMap<>();
        jdbc.sql("""
                select a.public_id, i.expires_at from account a
                left join invitation i on i.account_id = a.id and i.used_at is null
                where a.status = 'INVITED'""").query(rs -> {
                    Instant expires = rs.getObject("expires_at") == null ? null : SqlTime.instant(rs, "expires_at");
                    LinkState state = expires == null ? LinkState.REVOKED
                            : expires.isAfter(now) ? LinkState.OPEN : LinkState.EXPIRED;
                    states.put(rs.getObject("public_id", UUID.class), state);
                });
        return states;
    }

    /** The pending account an admin is about to resend or revoke, for the confirmation page. */
    @Transactional(readOnly = true)
    public AccountSummary pending(CurrentUser by, UUID accountId) {
        return AccountSummary.of(pendingAccount(by, accountId));
    }

    /**
     * Sends a pending account a new invitation: whatever link it had stops working at once, the invitation is valid
     * for {@link Invitations#VALID_FOR} from now, and a new e-mail is queued. Works after the invitation expired or
     * was revoked. Admins only; audited.
     */
    @Transactional
    public void resend(CurrentUser by, UUID accountId, String sourceIp) {
        Account account = pendingAccount(by, accountId);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Invitations.VALID_FOR);
        // A hash of a token nobody ever sees replaces the old one, so the link already e-mailed stops working.
        int replaced = jdbc.sql("""
                update invitation set token_hash = ?, created_at = ?, expires_at = ?
                where account_id = ? and used_at is null""")
                .params(Hashes.sha256(Hashes.randomToken()), utc(now), utc(expiresAt), account.id()).update();
        if (replaced == 0) {
            jdbc.sql("""
                    insert into invitation (token_hash, account_id, invited_by, created_at, expires_at)
                    values (?, ?, ?, ?, ?)""")
                    .params(Hashes.sha256(Hashes.randomToken()), account.id(), by.accountId(), utc(now),
                            utc(expiresAt))
                    .update();
        }
        events.publishEvent(new AccountInvited(account.email(), account.displayName(), account.role(),
                account.publicId(), expiresAt));
        events.publishEvent(new AuditEvent(now, by.publicId(), by.role().name(), "invitation.resent", null, "account",
                account.publicId().toString(), sourceIp, Outcome.SUCCESS));
    }

    /**
     * Revokes a pending account's invitation: its link stops working at once, and an e-mail still waiting in the
     * outbox is cancelled when its turn comes (no link can be minted for it). The account stays pending, shown as
     * revoked, so it can be invited again with {@link #resend}. Admins only; audited.
     */
    @Transactional
    public void revoke(CurrentUser by, UUID accountId, String sourceIp) {
        Account account = pendingAccount(by, accountId);
        jdbc.sql("delete from invitation where account_id = ? and used_at is null").param(account.id()).update();
        events.publishEvent(new AuditEvent(clock.instant(), by.publicId(), by.role().name(), "invitation.revoked",
                null, "account", account.publicId().toString(), sourceIp, Outcome.SUCCESS));
    }

    private Account pendingAccount(CurrentUser by, UUID accountId) {
        if (!by.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only admins resend or revoke invitations");
        }
        return accounts.byPublicId(accountId).filter(a -> a.status() == AccountStatus.INVITED)
                .orElseThrow(NotPendingException::new);
    }
}
