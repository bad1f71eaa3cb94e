package org.kneadwell.audit;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains in the background the events stored without a link (seq and hash empty): those of writes, inserted in
 * the write's own transaction without any lock, and batches of the {@link AuditWriter} stored while the head was
 * held (the writer chains its batches itself when the head is free). It locks the chain head, gives the waiting
 * events the next sequence numbers in id order and links each onto the one before with the audit key, a batch at
 * a time, taking turns with the writer ({@link ChainTurns}). So patient-data requests never queue behind each
 * other for the chain, and on several app nodes the head lock keeps the sealers and writers taking turns.
 * <p>
 * Sealing only fills {@code seq} and {@code hash} where both are empty (all PostgreSQL's append-only trigger
 * lets through). A row whose entry MAC does not check out was not recorded by the application: it is still
 * chained, so it can never be slipped in unnoticed later, and the verifier reports it as forged at its
 * sequence number; the sealer asks for a check at once.
 */
@Component
class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ChainHash macs;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final ChainTurns turns;
    /** Whether this sealer has seen the keyed chain anchored; until then each run takes a turn, to anchor it. */
    private volatile boolean anchored;

    AuditSealer(JdbcClient jdbc, JdbcTemplate batch, ChainHash macs, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, ChainTurns turns) {
        this.jdbc = jdbc;
        this.turns = turns;
        this.batch = batch;
        this.macs = macs;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Published after a seal that chained events the application did not record. */
    record ForgedEventsSealed(long firstSeq) {
    }

    @Scheduled(fixedDelayString = "${kneadwell.audit.seal-interval:PT1S}")
    void sealOnSchedule() {
        try {
            sealPending();
        } catch (RuntimeException e) {
            // another node holds the head (H2 gives up waiting quickly), the database is away, or a row changed
            // under the sealer (the chain check reports what): the batches before it are committed; next run
            log.warn("Audit events not all sealed this time: {}", e.getMessage());
        }
    }

    /**
     * Seals every event committed so far, {@value #BATCH} at a time, each batch in a transaction and a
     * {@linkplain ChainTurns turn} of its own: the head is held for one batch, never for a whole backlog, so the
     * group-commit writer can chain its batches between the sealer's; returns how many were sealed. Events the
     * application did not record are reported as soon as the batch that chained them has committed.
     */
    public int sealPending() {
        int count = 0;
        Sealed batch = new Sealed(BATCH, 0, List.of());
        while (batch.count() == BATCH && (!anchored || anyWaiting(batch.lastId()))) {
            long after = batch.lastId();
            batch = turns.sealer(() -> transaction.execute(status -> sealBatch(after)));
            count += batch.count();
            report(batch.forged());
        }
        return count;
    }

    /** One committed batch: how many events it sealed, the id it reached and the seqs of forged events in it. */
    private record Sealed(int count, long lastId, List<Long> forged) {
    }

    private void report(List<Long> forged) {
        if (!forged.isEmpty()) {
            log.warn("{} audit event(s) not recorded by the application were sealed; the first at seq {}",
                    forged.size(), forged.get(0));
            events.publishEvent(new ForgedEventsSealed(forged.get(0)));
        }
    }

    /**
     * Locks the head (anchoring the keyed chain the first time), chains the next batch of waiting events after id
     * {@code after} onto it and moves it on.
     */
    private Sealed sealBatch(long after) {
        ChainHead head = ChainHead.lock(jdbc);
        if (head.anchorMac() == null && !keyedEventsSealed(head)) {
            head = anchor(head);
        }
        anchored = head.anchorMac() != null;
        List<StoredEvent> pending = pending(after);
        if (pending.isEmpty()) {
            return new Sealed(0, after, List.of());
        }
        List<Long> forged = new ArrayList<>();
        long seq = head.lastSeq();
        String hash = head.lastHash();
        List<Object[]> updates = new ArrayList<>(pending.size());
        for (StoredEvent event : pending) {
            seq++;
            hash = macs.next(hash, event.canonical(seq));
            if (event.entryMac() == null || !event.entryMac().equals(macs.entryMac(event))) {
                forged.add(seq);
            }
            updates.add(new Object[] { seq, hash, event.id() });
        }
        seal(updates);
        moveHead(seq, hash);
        return new Sealed(pending.size(), pending.get(pending.size() - 1).id(), forged);
    }

    private boolean keyedEventsSealed(ChainHead head) {
        return head.lastSeq() > head.legacySeq()
                || jdbc.sql("select count(*) from audit_event where seq > ?").param(head.legacySeq())
                        .query(Long.class).single() > 0;
    }

    /**
     * First seal with the key: events recorded before it (no public id) are finished on the old SHA-256 chain,
     * then the boundary is bound to the key. Happens once; afterwards an event without a valid entry MAC is
     * forged whatever it looks like.
     */
    private ChainHead anchor(ChainHead head) {
        long seq = head.lastSeq();
        String hash = head.lastHash();
        List<StoredEvent> legacy = jdbc.sql("select " + StoredEvent.COLUMNS + " from audit_event "
                + "where seq is null and hash is null and public_id is null order by id")
                .query(StoredEvent::map).list();
        List<Object[]> updates = new ArrayList<>(legacy.size());
        for (StoredEvent event : legacy) {
            seq++;
            hash = ChainHash.legacyNext(hash, event.legacyCanonical(seq));
            updates.add(new Object[] { seq, hash, event.id() });
        }
        seal(updates);
        String anchor = macs.anchor(seq, hash);
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ?, legacy_seq = ?, legacy_hash = ?, "
                + "anchor_mac = ? where id = 1").params(seq, hash, seq, hash, anchor).update();
        return new ChainHead(seq, hash, seq, hash, anchor);
    }

    /**
     * Whether any event after id {@code after} waits to be sealed: asked before taking a turn, so a run with
     * nothing to do never makes the writer wait (most runs under a read load, as the writer chains reads itself).
     * Until the keyed chain is anchored every run takes a turn regardless.
     */
    private boolean anyWaiting(long after) {
        return !jdbc.sql("select id from audit_event where seq is null and hash is null and id > ? order by id "
                + "limit 1").param(after).query(Long.class).list().isEmpty();
    }

    /**
     * The next events to seal, in id order, after the id this run has reached. Within a run the scan starts where
     * the last batch ended: the rows just sealed keep index entries under "seq is null" until PostgreSQL's vacuum
     * removes them, and starting from the beginning each time made a run that had fallen behind quadratic (under a
     * load of 1,000 reads a second the lag grew to over a minute). An event that commits late with a smaller id
     * than this run reached is sealed by the next run, which starts from the beginning.
     */
    private List<StoredEvent> pending(long after) {
        return jdbc.sql("select " + StoredEvent.COLUMNS + " from audit_event where seq is null and hash is null "
                + "and id > ? order by id limit ?")
                .params(after, BATCH).query(StoredEvent::map).list();
    }

    private void seal(List<Object[]> updates) {
        if (updates.isEmpty()) {
            return;
        }
        int[] counts = batch.batchUpdate("update audit_event set seq = ?, hash = ? where id = ? and seq is null "
                + "and hash is null", updates);
        for (int count : counts) {
            if (count != 1 && count >= 0) {
                throw new IllegalStateException("An audit event changed while it was being sealed");
            }
        }
    }

    private void moveHead(long seq, String hash) {
        jdbc.sql(ChainHead.MOVE).params(seq, hash).update();
    }
}
