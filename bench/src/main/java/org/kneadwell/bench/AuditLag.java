package org.kneadwell.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Samples the audit sealer's lag once a second on a connection of its own: how many audit rows are committed
 * but not yet chained ({@code seq} and {@code hash} still empty, as AuditSealer finds them) and the age of the
 * oldest of them ({@code now() - min(occurred_at)}). Events still in the app's group-commit buffer are not in
 * the table yet and so are not counted. {@link #take()} returns the phase's summary and starts a new one.
 */
final class AuditLag implements AutoCloseable {

    private final Connection db;
    private final Thread thread;
    private volatile boolean running = true;
    private long samples;
    private long maxUnsealed;
    private double sumUnsealed;
    private double maxAgeSeconds;
    private long lastUnsealed;
    private String error;

    AuditLag(Db database, String name) throws SQLException {
        this.db = database.connect(name);
        this.db.setAutoCommit(true);
        this.thread = new Thread(this::loop, "audit-lag");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        while (running) {
            long next = System.nanoTime() + 1_000_000_000L;
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                    select count(*), coalesce(extract(epoch from now() - min(occurred_at)), 0)
                    from audit_event where seq is null and hash is null""")) {
                rs.next();
                record(rs.getLong(1), rs.getDouble(2));
            } catch (SQLException e) {
                synchronized (this) {
                    error = e.getMessage();
                }
            }
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000L);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private synchronized void record(long unsealed, double ageSeconds) {
        samples++;
        maxUnsealed = Math.max(maxUnsealed, unsealed);
        sumUnsealed += unsealed;
        maxAgeSeconds = Math.max(maxAgeSeconds, ageSeconds);
        lastUnsealed = unsealed;
    }

    /** This phase's lag (samples, max and mean unsealed rows, max age of the oldest, unsealed at the end). */
    synchronized Map<String, Object> take() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", samples);
        m.put("maxUnsealedRows", maxUnsealed);
        m.put("meanUnsealedRows", samples == 0 ? null : sumUnsealed / samples);
        m.put("maxOldestUnsealedAgeSeconds", maxAgeSeconds);
        m.put("unsealedRowsAtEnd", lastUnsealed);
        m.put("how", "once a second: count(*) and now() - min(occurred_at) of audit_event where seq and hash are null");
        if (error != null) {
            m.put("sampleError", error);
        }
        samples = 0;
        maxUnsealed = 0;
        sumUnsealed = 0;
        maxAgeSeconds = 0;
        error = null;
        return m;
    }

    @Override
    public void close() throws SQLException {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        db.close();
    }
}
