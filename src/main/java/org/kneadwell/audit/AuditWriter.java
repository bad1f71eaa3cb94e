package org.kneadwell.audit;

import static org.kneadwell.shared.SqlTime.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Group commit for audit events that are not part of a clinical write (reads, refusals, sign-ins): one writer
 * thread takes every event waiting at that moment and stores them with one multi-row insert in one commit, so
 * concurrent requests share a commit instead of each paying for its own (a batch of up to
 * {@value #ROWS_PER_STATEMENT} is one auto-committed statement: one round trip to the database). A request waits
 * until its event's batch has committed ({@link #store}); while a batch commits, the next one gathers, so batches
 * grow with the load and no time is spent waiting for company.
 * <p>
 * The writer has a connection of its own (a one-connection pool with the main pool's settings), so a request
 * that waits here while holding a connection of the main pool can never starve the writer. If a batch of
 * several events fails, each is tried alone, so one event the database refuses does not take the others with
 * it; an event that cannot be stored fails its request ({@link AuditUnavailableException}): no answer leaves
 * without its audit event (fail closed).
 */
class AuditWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    static final int MAX_BATCH = 1_000;
    private static final int ROWS_PER_STATEMENT = 100;
    private static final int QUEUE = 50_000;
    private static final String INSERT = "insert into audit_event (public_id, occurred_at, actor_id, actor_role, "
            + "action, patient_id, record_type, record_id, source_ip, outcome, entry_mac) values ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final HikariDataSource ownPool;
    private final Duration timeout;
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread thread;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private volatile boolean open = true;

    /** One event waiting for its batch; {@link #done} completes once it is committed, or fails. */
    record Pending(StoredEvent event, CompletableFuture<Void> done) {
    }

    AuditWriter(DataSource main, Duration timeout) {
        this.ownPool = main instanceof HikariDataSource hikari ? ownPool(hikari) : null;
        this.dataSource = ownPool != null ? ownPool : main;
        this.timeout = timeout;
        this.thread = new Thread(this::run, "audit-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private static HikariDataSource ownPool(HikariDataSource main) {
        HikariConfig config = new HikariConfig();
        main.copyStateTo(config);
        config.setPoolName("audit-writer");
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(0);
        config.setAutoCommit(true);
        config.setReadOnly(false);
        return new HikariDataSource(config);
    }

    /** Stores the event in the next batch and waits until that batch has committed. */
    void store(StoredEvent event) {
        await(submit(event));
    }

    /** Queues the event for the next batch; {@link #await} its answer before the caller's answer leaves. */
    Pending submit(StoredEvent event) {
        Pending pending = new Pending(event, new CompletableFuture<>());
        if (!open) {
            pending.done().completeExceptionally(new IllegalStateException("the audit writer has stopped"));
        } else if (!queue.offer(pending)) {
            pending.done().completeExceptionally(new IllegalStateException("too many audit events waiting"));
        }
        return pending;
    }

    /** Returns once the event is committed; throws {@link AuditUnavailableException} if it was not stored. */
    void await(Pending pending) {
        try {
            pending.done().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditUnavailableException(e);
        } catch (ExecutionException e) {
            throw new AuditUnavailableException(e.getCause());
        } catch (TimeoutException e) {
            throw new AuditUnavailableException(e);
        }
    }

    /** Batches committed and events stored so far (for tests and measurements). */
    long[] counts() {
        return new long[] { batches.get(), events.get() };
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (open || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                open = false;
            } catch (RuntimeException | Error e) {
                log.error("Audit writer: unexpected failure", e);
                batch.forEach(p -> p.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(new IllegalStateException("the audit writer has stopped"));
        }
    }

    private void write(List<Pending> batch) {
        try {
            insert(batch);
            batches.incrementAndGet();
            events.addAndGet(batch.size());
            batch.forEach(p -> p.done().complete(null));
        } catch (SQLException | RuntimeException e) {
            if (batch.size() == 1 || !refusedARow(e)) {
                log.warn("Audit batch of {} not stored: {}", batch.size(), e.getMessage());
                batch.forEach(p -> p.done().completeExceptionally(e));
                return;
            }
            log.warn("Audit batch of {} not stored ({}); storing each alone", batch.size(), e.getMessage());
            for (Pending one : batch) {
                write(List.of(one));
            }
        }
    }

    /** The database refused a value or a constraint (SQL state class 22 or 23), not the batch as a whole. */
    private static boolean refusedARow(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Stores the batch atomically. Up to {@value #ROWS_PER_STATEMENT} events are one multi-row insert run on its own
     * (auto-commit): a single statement is atomic and committed when it returns, without the BEGIN and COMMIT round
     * trips of a transaction. A larger batch is one transaction of such inserts and one commit.
     */
    private void insert(List<Pending> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            boolean oneStatement = batch.size() <= ROWS_PER_STATEMENT;
            connection.setAutoCommit(oneStatement);
            try {
                for (int from = 0; from < batch.size(); from += ROWS_PER_STATEMENT) {
                    insertRows(connection, batch.subList(from, Math.min(batch.size(), from + ROWS_PER_STATEMENT)));
                }
                if (!oneStatement) {
                    connection.commit();
                }
            } catch (SQLException | RuntimeException e) {
                if (!oneStatement) {
                    rollbackQuietly(connection);
                }
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static void insertRows(Connection connection, List<Pending> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql(rows.size()))) {
            int index = 1;
            for (Pending row : rows) {
                StoredEvent e = row.event();
                for (Object value : new Object[] { e.publicId(), utc(e.occurredAt()), e.actorId(), e.actorRole(),
                        e.action(), e.patientId(), e.recordType(), e.recordId(), e.sourceIp(), e.outcome(),
                        e.entryMac() }) {
                    StatementCreatorUtils.setParameterValue(insert, index++, SqlTypeValue.TYPE_UNKNOWN, value);
                }
            }
            insert.executeUpdate();
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool replaces it
        }
    }

    private static String sql(int rows) {
        StringBuilder sql = new StringBuilder(INSERT.length() + rows * (ROW.length() + 2)).append(INSERT);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(ROW);
        }
        return sql.toString();
    }

    /** Stores what is already queued, then stops; later events fail. */
    @Override
    public void close() {
        open = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ownPool != null) {
            ownPool.close();
        }
    }
}
