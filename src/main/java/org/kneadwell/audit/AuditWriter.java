package org.kneadwell.audit;

import static org.kneadwell.shared.SqlTime.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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
 * thread takes every event waiting at that moment and stores them with multi-row inserts in one commit, so
 * concurrent requests share a commit instead of each paying for its own. A request waits until its event's batch
 * has committed ({@link #store}); while a batch commits, the next one gathers, so batches grow with the load and no
 * time is spent waiting for company.
 * <p>
 * The batch is chained as it is stored, in the same transaction, when the chain head is free: its events go in
 * with their sequence numbers and links and the head moves on, so {@link AuditSealer} only chains what this
 * writer could not (events of clinical writes, stored in their own transactions, and batches stored while the
 * head was held). While the sealer works through a backlog the writer waits a moment for its turn
 * ({@link ChainTurns}: at most 50 ms, about one of the sealer's batches) rather than add its batch to the backlog. So most
 * reads' events are chained by the time the read is answered, and the database no longer writes each of them
 * twice (sealing a stored event updates its row, which writes the row and its index entries again).
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
            + "action, patient_id, record_type, record_id, source_ip, outcome, entry_mac, seq, hash) values ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final ChainHash macs;
    private final ChainTurns turns;
    private final HikariDataSource ownPool;
    private final Duration timeout;
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread thread;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong sealed = new AtomicLong();
    private volatile boolean open = true;

    /** One event waiting for its batch; {@link #done} completes once it is committed, or fails. */
    record Pending(StoredEvent event, CompletableFuture<Void> done) {
    }

    AuditWriter(DataSource main, ChainHash macs, ChainTurns turns, Duration timeout) {
        this.macs = macs;
        this.turns = turns;
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

    /** Events stored already chained, of {@link #counts()}'s events (for tests and measurements). */
    long sealedCount() {
        return sealed.get();
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the writer is stopping: this batch was not stored
            batch.forEach(p -> p.done().completeExceptionally(e));
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
     * Stores the batch atomically, in one transaction of multi-row inserts of up to {@value #ROWS_PER_STATEMENT}
     * events each, chained onto the head at once when the writer gets its {@linkplain ChainTurns turn} within a
     * moment and the head is free ({@link #chainIfHeadFree}).
     */
    private void insert(List<Pending> batch) throws SQLException, InterruptedException {
        boolean turn = turns.writer();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                List<Link> links = turn ? chainIfHeadFree(connection, batch) : null;
                for (int from = 0; from < batch.size(); from += ROWS_PER_STATEMENT) {
                    int to = Math.min(batch.size(), from + ROWS_PER_STATEMENT);
                    insertRows(connection, batch.subList(from, to), links == null ? null : links.subList(from, to));
                }
                if (links != null) {
                    moveHead(connection, links.get(links.size() - 1));
                }
                connection.commit();
                if (links != null) {
                    sealed.addAndGet(links.size());
                }
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } finally {
            if (turn) {
                turns.writerDone();
            }
        }
    }

    /** A stored event's place in the chain: its sequence number and link. */
    private record Link(long seq, String hash) {
    }

    /**
     * The batch's links onto the chain head, which this transaction now holds, or {@code null} (the events are
     * stored unchained, for {@link AuditSealer}) when another transaction holds the head (a sealer or a writer on
     * another node: the batch never waits for them in the database) or the keyed chain has not been anchored yet
     * (the sealer does that once). Chaining here is what the sealer would do, in the same order a batch is
     * inserted in; it spares the database writing every event a second time to seal it (each event's row and its
     * index entries).
     * The events are the application's own ({@link AuditTrail} gave each its entry MAC), so none is forged.
     */
    private List<Link> chainIfHeadFree(Connection connection, List<Pending> batch) throws SQLException {
        ChainHead head;
        try (PreparedStatement select = connection.prepareStatement(ChainHead.SELECT + " for update skip locked");
                ResultSet rs = select.executeQuery()) {
            head = rs.next() ? ChainHead.map(rs, 0) : null;
        }
        if (head == null || head.anchorMac() == null) {
            return null;
        }
        List<Link> links = new ArrayList<>(batch.size());
        long seq = head.lastSeq();
        String hash = head.lastHash();
        for (Pending pending : batch) {
            seq++;
            hash = macs.next(hash, pending.event().canonical(seq));
            links.add(new Link(seq, hash));
        }
        return links;
    }

    private static void moveHead(Connection connection, Link last) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(ChainHead.MOVE)) {
            update.setLong(1, last.seq());
            update.setString(2, last.hash());
            update.executeUpdate();
        }
    }

    private static void insertRows(Connection connection, List<Pending> rows, List<Link> links) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql(rows.size()))) {
            int index = 1;
            for (int i = 0; i < rows.size(); i++) {
                StoredEvent e = rows.get(i).event();
                Link link = links == null ? null : links.get(i);
                for (Object value : new Object[] { e.publicId(), utc(e.occurredAt()), e.actorId(), e.actorRole(),
                        e.action(), e.patientId(), e.recordType(), e.recordId(), e.sourceIp(), e.outcome(),
                        e.entryMac() }) {
                    StatementCreatorUtils.setParameterValue(insert, index++, SqlTypeValue.TYPE_UNKNOWN, value);
                }
                StatementCreatorUtils.setParameterValue(insert, index++, Types.BIGINT, link == null ? null : link.seq());
                StatementCreatorUtils.setParameterValue(insert, index++, Types.VARCHAR,
                        link == null ? null : link.hash());
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
