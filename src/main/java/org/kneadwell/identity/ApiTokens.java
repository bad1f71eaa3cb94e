package org.kneadwell.identity;

import static org.kneadwell.shared.SqlTime.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.shared.DecisionCache;
import org.kneadwell.shared.SqlTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens for the JSON API: 256 random bits, stored only as a SHA-256 hash, valid for
 * {@link #LIFETIME}, revocable, and dead as soon as the account is deactivated.
 */
@Service
public class ApiTokens {

    static final Duration LIFETIME = Duration.ofHours(8);

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Live tokens by hash, with their expiry; emptied by every revocation and account status change. */
    private final DecisionCache<String, LiveToken> live;

    ApiTokens(JdbcClient jdbc, Clock clock, @Value("${kneadwell.cache.decisions:true}") boolean cache) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.live = new DecisionCache<>(10_000, cache);
    }

    private record LiveToken(CurrentUser user, Instant expiresAt) {
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }

    @Transactional
    public IssuedToken issue(CurrentUser user) {
        String token = Hashes.randomToken();
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(LIFETIME);
        jdbc.sql("insert into api_token (token_hash, account_id, created_at, expires_at) values (?, ?, ?, ?)")
                .params(Hashes.sha256(token), user.accountId(), utc(now), utc(expiresAt)).update();
        return new IssuedToken(token, expiresAt);
    }

    /**
     * The account behind a live token; empty for unknown, expired or revoked tokens and inactive accounts. Not
     * transactional: a cached decision needs no connection, and a miss is one select.
     */
    public Optional<CurrentUser> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        LiveToken found = live.get(Hashes.sha256(token), hash -> jdbc.sql("""
                select a.id, a.public_id, a.email, a.display_name, a.role, t.expires_at from api_token t
                join account a on a.id = t.account_id
                where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and a.status = 'ACTIVE'""")
                .params(hash, utc(now))
                .query((rs, i) -> new LiveToken(new CurrentUser(rs.getLong("id"), rs.getObject("public_id", UUID.class),
                        rs.getString("email"), rs.getString("display_name"), Role.valueOf(rs.getString("role"))),
                        SqlTime.instant(rs, "expires_at")))
                .optional().orElse(null));
        return found != null && found.expiresAt().isAfter(now) ? Optional.of(found.user()) : Optional.empty();
    }

    /** Tokens or accounts changed: the next request is decided from the database. */
    void forgetDecisions() {
        live.invalidate();
    }

    @Transactional
    public void revoke(String token) {
        live.invalidate();
        jdbc.sql("update api_token set revoked_at = ? where token_hash = ? and revoked_at is null")
                .params(utc(clock.instant()), Hashes.sha256(token)).update();
    }

    void revokeAllOf(long accountId) {
        live.invalidate();
        jdbc.sql("update api_token set revoked_at = ? where account_id = ? and revoked_at is null")
                .params(utc(clock.instant()), accountId).update();
    }
}
