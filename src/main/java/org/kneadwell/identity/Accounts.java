package org.kneadwell.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored accounts. Other modules look accounts up through {@link AccountDirectory}. */
@Repository
class Accounts {

    private static final String COLUMNS = "id, public_id, email, display_name, role, status, password_hash, totp_secret, "
            + "totp_last_step, created_at, activated_at, deactivated_at";

    private final JdbcClient jdbc;
    private final ApiTokens tokens;

    Accounts(JdbcClient jdbc, ApiTokens tokens) {
        this.jdbc = jdbc;
        this.tokens = tokens;
    }

    Optional<Account> byEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from account where email = ?")
                .param(Emails.normalize(email)).query(Accounts::map).optional();
    }

    Optional<Account> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from account where id = ?").param(id).query(Accounts::map).optional();
    }

    Optional<Account> byPublicId(UUID publicId) {
        return jdbc.sql("select " + COLUMNS + " from account where public_id = ?").param(publicId)
                .query(Accounts::map).optional();
    }

    List<Account> all() {
        return jdbc.sql("select " + COLUMNS + " from account order by role, display_name").query(Accounts::map).list();
    }

    List<Account> activeWithRole(Role role) {
        return jdbc.sql("select " + COLUMNS + " from account where role = ? and status = 'ACTIVE' order by display_name")
                .param(role.name()).query(Accounts::map).list();
    }

    long insert(UUID publicId, String email, String displayName, Role role, AccountStatus status, String passwordHash,
            String totpSecret, Instant now) {
        jdbc.sql("""
                insert into account (public_id, email, display_name, role, status, password_hash, totp_secret, created_at, activated_at)
                values (:publicId, :email, :name, :role, :status, :hash, :totp, :now, :activated)""")
                .param("publicId", publicId).param("email", Emails.normalize(email)).param("name", displayName)
                .param("role", role.name()).param("status", status.name()).param("hash", passwordHash)
                .param("totp", totpSecret).param("now", utc(now))
                .param("activated", status == AccountStatus.ACTIVE ? utc(now) : null)
                .update();
        return byPublicId(publicId).orElseThrow().id();
    }

    boolean existsByEmail(String email) {
        return jdbc.sql("select count(*) from account where email = ?").param(Emails.normalize(email))
                .query(Long.class).single() > 0;
    }

    void activate(long id, String passwordHash, String totpSecret, Instant now) {
        tokens.forgetDecisions(); // a status change decides the account's tokens afresh
        jdbc.sql("update account set status = 'ACTIVE', password_hash = ?, totp_secret = ?, activated_at = ? where id = ? and status = 'INVITED'")
                .params(passwordHash, totpSecret, utc(now), id).update();
    }

    void deactivate(long id, long by, Instant now) {
        tokens.forgetDecisions(); // a status change decides the account's tokens afresh
        jdbc.sql("update account set status = 'DEACTIVATED', deactivated_at = ?, deactivated_by = ? where id = ?")
                .params(utc(now), by, id).update();
    }

    void reactivate(long id) {
        tokens.forgetDecisions(); // a status change decides the account's tokens afresh
        jdbc.sql("update account set status = 'ACTIVE', deactivated_at = null, deactivated_by = null where id = ? and status = 'DEACTIVATED'")
                .param(id).update();
    }

    /** Records the TOTP time step just used, only if it is newer than the last one (so a code works once). */
    boolean claimTotpStep(long id, long step) {
        return jdbc.sql("update account set totp_last_step = ? where id = ? and (totp_last_step is null or totp_last_step < ?)")
                .params(step, id, step).update() == 1;
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getString("email"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                AccountStatus.valueOf(rs.getString("status")), rs.getString("password_hash"),
                rs.getString("totp_secret"), rs.getObject("totp_last_step", Long.class), instant(rs, "created_at"),
                instant(rs, "activated_at"), instant(rs, "deactivated_at"));
    }
}
