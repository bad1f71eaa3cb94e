package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;

/**
 * Durability of read audit events across a crash: the application runs as a process of its own (this JVM's
 * class path, a file H2 database, or a fresh PostgreSQL schema under {@code -Ppostgres}), sixteen clients read a
 * patient record as fast as they can, and the process is killed with SIGKILL in the middle of the burst. Every
 * read that got its answer must have its audit event in the database afterwards (group commit stores the event
 * before the answer leaves). Reads whose answers were lost in the kill may or may not have one.
 */
class KillDuringReadsTest {

    private static final int CLIENTS = 16;
    private static final Pattern PATIENT_ID = Pattern.compile(
            "\"id\"\\s*:\\s*\"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"");

    private Process app;
    private Path home;
    private String dbUrl;
    private String dbUser;
    private String dbPassword;
    private String schema;

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
                c.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    @Test
    @Timeout(value = 170, unit = TimeUnit.SECONDS)
    void everyAnsweredReadHasItsAuditEventAfterAKillDashNine() throws Exception {
        home = Files.createTempDirectory(Path.of("target"), "kill-test-");
        int port = freePort();
        app = start(port);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        awaitReady(http, port, Duration.ofSeconds(150));

        Api api = new Api(port);
        String token = Api.tokenIn(api.requestToken(Demo.THERAPIST, Demo.PASSWORD, null).body());
        HttpResponse<String> found = api.get("/api/v1/patients?q=Martinez", token);
        Matcher id = PATIENT_ID.matcher(found.body());
        assertThat(id.find()).as(found.body()).isTrue();
        UUID rosa = UUID.fromString(id.group(1));
        Instant burstStarted = Instant.now().minusMillis(5);

        AtomicInteger answered = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        HttpRequest read = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/patients/" + rosa))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        HttpResponse<String> response = http.send(read, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200 && response.body().contains(rosa.toString())) {
                            answered.incrementAndGet();
                        } else {
                            other.incrementAndGet();
                        }
                    } catch (IOException e) {
                        if (!app.isAlive()) {
                            return; // the process is gone: the burst is over
                        }
                        other.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (answered.get() < 400 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        ProcessBuilder kill = new ProcessBuilder("kill", "-9", Long.toString(app.pid()));
        assertThat(kill.start().waitFor()).isZero();
        int answeredBeforeTheKill = answered.get();
        assertThat(app.waitFor(20, TimeUnit.SECONDS)).as("killed").isTrue();
        for (Future<?> client : running) {
            client.get(30, TimeUnit.SECONDS);
        }
        clients.shutdownNow();
        int answeredInAll = answered.get();

        assertThat(answeredBeforeTheKill).as("reads answered before the kill").isGreaterThan(50);
        long events = auditedReads(rosa, burstStarted);
        System.out.printf("kill -9 during the burst: %d reads answered, %d other outcomes, %d read events stored%n",
                answeredInAll, other.get(), events);
        assertThat(events).as("audit events of the %d answered reads (%d other outcomes)", answeredInAll,
                other.get()).isGreaterThanOrEqualTo(answeredInAll);
    }

    private Process start(int port) throws IOException {
        String base = System.getProperty("test.db.url", "jdbc:h2:mem:kneadwell-test");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                "org.kneadwell.KneadwellApplication",
                "--server.port=" + port, "--kneadwell.home=" + home.toAbsolutePath(),
                "--kneadwell.audit.key=kill-test-key-kill-test-key-kill-test-key",
                "--logging.level.root=WARN"));
        if (base.startsWith("jdbc:postgresql:")) {
            dbUser = System.getProperty("test.db.user", "postgres");
            dbPassword = System.getProperty("test.db.password", "");
            dbUrl = base;
            schema = "kw_kill_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            try (Connection c = DriverManager.getConnection(base, dbUser, dbPassword)) {
                c.createStatement().execute("create schema " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            command.addAll(List.of("--spring.datasource.url=" + base + (base.contains("?") ? "&" : "?")
                    + "currentSchema=" + schema + ",public", "--spring.datasource.username=" + dbUser,
                    "--spring.datasource.password=" + dbPassword, "--kneadwell.demo=true"));
        } else {
            dbUrl = "jdbc:h2:file:" + home.toAbsolutePath() + "/kneadwell;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
            dbUser = "sa";
            dbPassword = "";
            command.add("--kneadwell.demo=true");
        }
        File log = home.resolve("app.log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private void awaitReady(HttpClient http, int port, Duration within) throws Exception {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The application stopped:\n" + Files.readString(home.resolve("app.log")));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Not ready in " + within);
    }

    private long auditedReads(UUID patient, Instant since) throws SQLException {
        String url = dbUrl.startsWith("jdbc:postgresql:")
                ? dbUrl + (dbUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema : dbUrl;
        try (Connection c = DriverManager.getConnection(url, dbUser, dbPassword);
                PreparedStatement count = c.prepareStatement("select count(*) from audit_event "
                        + "where patient_id = ? and action = 'patient.read' and outcome = 'SUCCESS' "
                        + "and occurred_at >= ?")) {
            count.setObject(1, patient);
            count.setObject(2, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
