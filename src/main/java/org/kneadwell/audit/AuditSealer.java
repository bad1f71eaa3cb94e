package org.kneadwell.audit;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains recorded events in the background. Requests insert events without any lock (seq and hash empty);
 * this job, the only one that locks the chain head, gives them consecutive sequence numbers in id order and
 * hashes each onto the one before. So patient-data requests never queue behind each other for the chain,
 * and on several app nodes the head lock keeps the sealers taking turns.
 */
@Component
class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;

    AuditSealer(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${kneadwell.audit.seal-interval:PT1S}")
    void sealOnSchedule() {
        try {
            sealPending();
        } catch (DataAccessException e) {
            // another node holds the head (H2 gives up waiting quickly) or the database is away: next run
            log.warn("Audit events not sealed this time: {}", e.getMessage());
        }
    }

    /** Seals every event committed so far, in one transaction; returns how many. */
    public int sealPending() {
        return transaction.execute(status -> {
            Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                    .query((rs, row) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")))
                    .single();
            long seq = head.lastSeq();
            String hash = head.lastHash();
            int sealed = 0;
            List<StoredEvent> pending;
            do {
                pending = jdbc.sql("select " + StoredEvent.COLUMNS + " from audit_event where seq is null "
                        + "order by id limit ?").param(BATCH).query(StoredEvent::map).list();
                if (pending.isEmpty()) {
                    break;
                }
                List<Object[]> updates = new ArrayList<>(pending.size());
                for (StoredEvent event : pending) {
                    seq++;
                    hash = ChainHash.next(hash, event.canonical(seq));
                    updates.add(new Object[] { seq, hash, event.id() });
                }
                int[] counts = batch.batchUpdate("update audit_event set seq = ?, hash = ? where id = ? and seq is null",
                        updates);
                for (int count : counts) {
                    if (count != 1 && count >= 0) {
                        throw new IllegalStateException("An audit event changed while it was being sealed");
                    }
                }
                sealed += pending.size();
            } while (pending.size() == BATCH);
            if (sealed > 0) {
                jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")
                        .params(seq, hash).update();
            }
            return sealed;
        });
    }

    private record Head(long lastSeq, String lastHash) {
    }
}
