package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The writer on its own, against a private H2 database whose connections can be held back (a slow disk): events
 * that arrive while one commit is under way share the next commit, and an event the database refuses fails only
 * itself when it shares a batch, but fails its request.
 */
class AuditWriterTest {

    private static final ChainHash MACS = new ChainHash(AuditKey.of("a-test-key-of-at-least-32-characters!"));

    private final CountDownLatch diskFree = new CountDownLatch(1);
    private volatile boolean slowDisk;
    private String url;
    private SingleConnectionDataSource plain;
    private DataSource dataSource;
    private JdbcClient jdbc;
    private final ChainTurns turns = new ChainTurns(Duration.ofSeconds(20));
    private AuditWriter writer;

    @BeforeEach
    void aDatabase() {
        url = "jdbc:h2:mem:writer-" + UUID.randomUUID() + ";MODE=PostgreSQL";
        // one connection kept open throughout, as a pool keeps them
        plain = new SingleConnectionDataSource(url, "sa", "", true);
        Flyway.configure().dataSource(plain).locations("classpath:db/migration/common").load().migrate();
        jdbc = JdbcClient.create(plain);
        dataSource = new HeldBack(plain);
        writer = new AuditWriter(dataSource, MACS, turns, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        diskFree.countDown();
        writer.close();
        plain.destroy();
    }

    @Test
    void eventsArrivingDuringACommitShareTheNextOne() throws Exception {
        slowDisk = true;
        writer.submit(event("first"));
        Thread.sleep(200); // the writer now waits for the "disk" with the first event
        ExecutorService pool = Executors.newFixedThreadPool(40);
        List<Future<?>> requests = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                requests.add(pool.submit(() -> writer.store(event("concurrent"))));
            }
            Thread.sleep(300);
            assertThat(requests).as("all waiting for their batch").noneMatch(Future::isDone);
            slowDisk = false;
            diskFree.countDown();
            for (Future<?> request : requests) {
                request.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("concurrent")).isEqualTo(40);
        assertThat(writer.counts()[1]).isEqualTo(41);
        assertThat(writer.counts()[0]).as("commits for 41 events").isLessThanOrEqualTo(3);
    }

    @Test
    void aRefusedEventFailsItsRequestAndNotItsNeighbours() throws Exception {
        slowDisk = true;
        writer.submit(event("first"));
        Thread.sleep(200);
        AuditWriter.Pending good = writer.submit(event("good"));
        AuditWriter.Pending bad = writer.submit(event("x".repeat(500))); // longer than the column
        AuditWriter.Pending alsoGood = writer.submit(event("good"));
        slowDisk = false;
        diskFree.countDown();

        writer.await(good);
        writer.await(alsoGood);
        assertThatThrownBy(() -> writer.await(bad)).isInstanceOf(AuditUnavailableException.class);
        assertThat(count("good")).isEqualTo(2);
    }

    @Test
    void aBatchOfSeveralStatementsIsAllOrNothingBeforeEachEventIsTriedAlone() throws Exception {
        List<AuditWriter.Pending> good = queuedBehindACommit(250);
        AuditWriter.Pending bad = writer.submit(event("x".repeat(500))); // in the third statement of the batch
        slowDisk = false;
        diskFree.countDown();

        for (AuditWriter.Pending pending : good) {
            writer.await(pending);
        }
        assertThatThrownBy(() -> writer.await(bad)).isInstanceOf(AuditUnavailableException.class);
        assertThat(count("many")).as("the refused batch left nothing behind, then each was stored once")
                .isEqualTo(250);
    }

    @Test
    void aLargeBatchIsOneCommit() throws Exception {
        List<AuditWriter.Pending> many = queuedBehindACommit(250);
        slowDisk = false;
        diskFree.countDown();
        for (AuditWriter.Pending pending : many) {
            writer.await(pending);
        }
        assertThat(count("many")).isEqualTo(250);
        assertThat(writer.counts()).as("batches and events").containsExactly(2, 251);
    }

    @Test
    void aBatchTheDatabaseRefusesFailsEveryRequestInIt() {
        jdbc.sql("alter table audit_event rename to audit_event_away").update();
        slowDisk = true;
        writer.submit(event("first"));
        List<AuditWriter.Pending> batch = List.of(writer.submit(event("a")), writer.submit(event("b")));
        slowDisk = false;
        diskFree.countDown();

        for (AuditWriter.Pending pending : batch) {
            assertThatThrownBy(() -> writer.await(pending)).isInstanceOf(AuditUnavailableException.class);
        }
        jdbc.sql("alter table audit_event_away rename to audit_event").update();
        writer.store(event("later"));
        assertThat(count("later")).isEqualTo(1);
        assertThat(count("a") + count("b")).isZero();
    }

    @Test
    void aBatchIsChainedOntoTheHeadInTheCommitThatStoresIt() throws Exception {
        anchorTheKeyedChain();
        String genesis = jdbc.sql("select last_hash from audit_chain_head").query(String.class).single();
        StoredEvent first = event("first");
        writer.store(first);
        List<AuditWriter.Pending> batch = queuedBehindACommit(3);
        slowDisk = false;
        diskFree.countDown();
        for (AuditWriter.Pending pending : batch) {
            writer.await(pending);
        }

        assertThat(jdbc.sql("select seq from audit_event order by seq").query(Long.class).list())
                .as("one chain, with no gap, over both batches").containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(jdbc.sql("select hash from audit_event where seq = 1").query(String.class).single())
                .as("linked onto the head as the sealer would have").isEqualTo(MACS.next(genesis, first.canonical(1)));
        assertThat(jdbc.sql("select last_seq from audit_chain_head").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select last_hash from audit_chain_head").query(String.class).single())
                .isEqualTo(jdbc.sql("select hash from audit_event where seq = 5").query(String.class).single());
        assertThat(writer.sealedCount()).isEqualTo(5);
    }

    @Test
    void aBatchStoredWhileAnotherNodeHoldsTheHeadIsLeftToItsSealerWithoutWaiting() throws Exception {
        anchorTheKeyedChain();
        try (Connection otherNode = DriverManager.getConnection(url, "sa", "")) {
            otherNode.setAutoCommit(false);
            try (Statement lock = otherNode.createStatement()) {
                lock.executeQuery("select last_seq from audit_chain_head where id = 1 for update").close();
            }
            writer.store(event("while held")); // returns while the head is still held
            assertThat(seq("while held")).as("stored unchained, for the sealer").isNull();
            otherNode.rollback();
        }
        writer.store(event("after"));
        assertThat(seq("after")).as("the head is free again").isEqualTo(1L);
    }

    @Test
    void aBatchArrivingWhileThisNodesSealerHasTheHeadWaitsForItsBatchToCommitAndIsChained() throws Exception {
        anchorTheKeyedChain();
        CountDownLatch sealerHasTheHead = new CountDownLatch(1);
        CountDownLatch sealerMayCommit = new CountDownLatch(1);
        ExecutorService sealer = Executors.newSingleThreadExecutor();
        try {
            Future<?> sealersBatch = sealer.submit(() -> turns.sealer(() -> {
                try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                    connection.setAutoCommit(false);
                    try (Statement batch = connection.createStatement()) {
                        batch.executeQuery("select last_seq from audit_chain_head where id = 1 for update").close();
                        sealerHasTheHead.countDown();
                        assertThat(sealerMayCommit.await(20, TimeUnit.SECONDS)).isTrue();
                        batch.executeUpdate("update audit_chain_head set last_seq = 7 where id = 1");
                    }
                    connection.commit();
                } catch (SQLException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            }));
            assertThat(sealerHasTheHead.await(20, TimeUnit.SECONDS)).isTrue();
            AuditWriter.Pending waiting = writer.submit(event("during the sealer's batch"));
            Thread.sleep(200); // the writer now waits for its turn
            assertThat(waiting.done()).as("not stored unchained meanwhile").isNotDone();
            sealerMayCommit.countDown();
            writer.await(waiting);
            sealersBatch.get(20, TimeUnit.SECONDS);
        } finally {
            sealerMayCommit.countDown();
            sealer.shutdown();
        }
        assertThat(seq("during the sealer's batch")).as("chained right after the sealer's batch").isEqualTo(8L);
        assertThat(writer.sealedCount()).isEqualTo(1);
    }

    @Test
    void theWriterWaitsForTheSealerOnlyAMomentThenLeavesItsBatchUnchained() throws Exception {
        anchorTheKeyedChain();
        ChainTurns itsTurns = new ChainTurns(Duration.ofMillis(50));
        AuditWriter impatient = new AuditWriter(dataSource, MACS, itsTurns, Duration.ofSeconds(20));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch held = new CountDownLatch(1);
        ExecutorService sealer = Executors.newSingleThreadExecutor();
        try {
            Future<?> longBatch = sealer.submit(() -> itsTurns.sealer(() -> {
                held.countDown();
                try {
                    return release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            assertThat(held.await(20, TimeUnit.SECONDS)).isTrue();
            impatient.store(event("sealer slow")); // returns while the sealer still has its turn
            assertThat(seq("sealer slow")).as("stored unchained, for the sealer").isNull();
            release.countDown();
            longBatch.get(20, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            sealer.shutdown();
            impatient.close();
        }
    }

    @Test
    void leavesChainingToTheSealerUntilTheKeyedChainIsAnchored() {
        diskFree.countDown();
        writer.store(event("before the anchor"));
        assertThat(seq("before the anchor")).isNull();
        assertThat(jdbc.sql("select last_seq from audit_chain_head").query(Long.class).single()).isZero();
    }

    @Test
    void refusesEventsOnceClosed() {
        diskFree.countDown();
        writer.close();
        assertThatThrownBy(() -> writer.store(event("late"))).isInstanceOf(AuditUnavailableException.class);
    }

    /** Holds the "disk" with a first event, then queues events behind it: they form one batch once it is freed. */
    private List<AuditWriter.Pending> queuedBehindACommit(int events) throws InterruptedException {
        slowDisk = true;
        writer.submit(event("first"));
        Thread.sleep(200); // the writer now waits for the "disk" with the first event
        List<AuditWriter.Pending> queued = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            queued.add(writer.submit(event("many")));
        }
        return queued;
    }

    /** What the sealer does once, on its first run with the audit key; the writer chains only after it. */
    private void anchorTheKeyedChain() {
        jdbc.sql("update audit_chain_head set anchor_mac = 'anchored' where id = 1").update();
    }

    private Long seq(String recordId) {
        List<Long> seqs = jdbc.sql("select seq from audit_event where record_id = ?").param(recordId)
                .query(Long.class).list();
        assertThat(seqs).as("stored once").hasSize(1);
        return seqs.get(0);
    }

    private long count(String recordId) {
        return jdbc.sql("select count(*) from audit_event where record_id = ?").param(recordId).query(Long.class)
                .single();
    }

    private static StoredEvent event(String recordId) {
        return new StoredEvent(0, null, UUID.randomUUID(), Instant.parse("2026-12-01T09:00:00Z"), UUID.randomUUID(),
                "THERAPIST", "patient.read", UUID.randomUUID(), "patient", recordId, "10.0.0.1", "SUCCESS", "mac",
                null);
    }

    /** Hands out connections only once the "disk" is free while {@code slowDisk} is set. */
    private final class HeldBack implements DataSource {
        private final DataSource target;

        HeldBack(DataSource target) {
            this.target = target;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (slowDisk) {
                try {
                    diskFree.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return target.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
