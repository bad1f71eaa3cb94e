package org.kneadwell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded database keeps enforcing its rules after the connection that created them has gone: a pool retires
 * connections (Hikari after 30 minutes), and H2 2.4.240 then answered "Check constraint invalid" to every insert
 * into a table with a CHECK, so after half an hour the app could store no audit event and answered every request
 * with an error. The H2 version in the pom is one without that fault.
 */
class EmbeddedDatabaseTest {

    private static final String URL = "jdbc:h2:mem:checks-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";

    @Test
    void checkConstraintsStillHoldOnceTheMigratingConnectionHasClosed() throws SQLException {
        SingleConnectionDataSource migrating = new SingleConnectionDataSource(URL, "sa", "", true);
        Flyway.configure().dataSource(migrating).locations("classpath:db/migration/common").load().migrate();
        migrating.destroy();

        try (Connection later = DriverManager.getConnection(URL, "sa", "")) {
            assertThat(later.createStatement().executeUpdate("""
                    insert into audit_event (occurred_at, actor_role, action, outcome)
                    values (current_timestamp, 'SYSTEM', 'SIGN_IN', 'SUCCESS')""")).isEqualTo(1);
            assertThatThrownBy(() -> later.createStatement().executeUpdate("""
                    insert into audit_event (occurred_at, actor_role, action, outcome)
                    values (current_timestamp, 'SYSTEM', 'SIGN_IN', 'MAYBE')"""))
                    .isInstanceOf(SQLException.class).hasMessageContaining("violation");
        }
    }
}
