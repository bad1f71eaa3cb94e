package org.kneadwell.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context a database of its own: a private in-memory H2 database, or, when the
 * build runs with {@code -Ppostgres}, a fresh schema in the PostgreSQL database named by {@code test.db.url}
 * (dropped when the JVM ends). Tests therefore never see another run's data. The demo clinic is seeded unless the
 * context sets {@code kneadwell.test.demo=false} (an empty clinic, as a new install starts).
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String base = System.getProperty("test.db.url", "jdbc:h2:mem:kneadwell-test");
        String user = System.getProperty("test.db.user", "sa");
        String password = System.getProperty("test.db.password", "");
        String name = "kw_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url;
        if (base.startsWith("jdbc:postgresql:")) {
            createSchema(base, user, password, name);
            url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name + ",public";
        } else {
            url = "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", user,
                "spring.datasource.password", password,
                "kneadwell.demo", context.getEnvironment().getProperty("kneadwell.test.demo", "true"),
                "kneadwell.home", "target/test-home/" + name)));
    }

    private static void createSchema(String url, String user, String password, String schema) {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.createStatement().execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test schema in " + url, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                connection.createStatement().execute("drop schema if exists " + schema + " cascade");
            } catch (SQLException ignored) {
                // the next run uses a new schema anyway
            }
        }));
    }
}
