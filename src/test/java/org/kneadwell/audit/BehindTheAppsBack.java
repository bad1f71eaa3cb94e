package org.kneadwell.audit;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the audit tables the way someone with database access would, not through the application. On
 * PostgreSQL the append-only trigger refuses that to ordinary roles, so this plays a superuser who turns
 * triggers off for the statement ({@code session_replication_role = replica}, the tests run as {@code postgres}).
 */
final class BehindTheAppsBack {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final boolean postgres;

    BehindTheAppsBack(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.postgres = isPostgres(dataSource);
    }

    static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean postgres() {
        return postgres;
    }

    int run(String sql, Object... params) {
        return transaction.execute(status -> {
            if (postgres) {
                jdbc.sql("set local session_replication_role = replica").update();
            }
            return jdbc.sql(sql).params(params).update();
        });
    }
}
