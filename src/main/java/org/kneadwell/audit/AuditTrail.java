package org.kneadwell.audit;

import static org.kneadwell.shared.SqlTime.utc;

import java.time.Clock;
import java.util.UUID;

import org.kneadwell.shared.Actor;
import org.kneadwell.shared.AuditEvent;
import org.kneadwell.shared.AuditEvent.Outcome;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records audit events. A write's event joins the write's transaction, so both happen or neither does. Every
 * other event (reads, refusals, sign-ins) goes to the {@link AuditWriter}, which stores the events of concurrent
 * requests together in one commit (group commit): a read's event is handed over when the read asks for it and
 * waited for when the read's transaction commits, so read-only transactions stay read-only (PostgreSQL refuses
 * an insert inside one) and the data never leaves before its event is stored. If it cannot be stored the read
 * fails ({@link AuditUnavailableException}): fail closed. Each event is stored with a MAC of its content under the
 * audit key. The writer chains its batches as it stores them when the chain head is free; a write's event is
 * inserted without any lock and {@link AuditSealer} chains it in the background, so requests never queue behind
 * each other for the chain.
 * <p>
 * Modules that may use {@code audit} call the methods; modules below it publish {@link AuditEvent}s.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final ChainHash macs;
    private final Clock clock;
    private final AuditWriter writer;

    AuditTrail(JdbcClient jdbc, ChainHash macs, Clock clock, AuditWriter writer) {
        this.jdbc = jdbc;
        this.macs = macs;
        this.clock = clock;
        this.writer = writer;
    }

    /** Someone read patient data. */
    public void read(Actor actor, String action, UUID patientId, String recordType, String recordId) {
        record(event(actor, action, patientId, recordType, recordId, Outcome.SUCCESS));
    }

    /** Someone changed patient data; call inside the write's transaction. */
    public void write(Actor actor, String action, UUID patientId, String recordType, String recordId) {
        record(event(actor, action, patientId, recordType, recordId, Outcome.SUCCESS));
    }

    /**
     * Someone asked for patient data they may not see, or for a record that does not exist. Stored at once outside
     * the caller's transaction: the refusal that follows rolls back the caller's transaction, and the record must
     * survive it.
     */
    public void denied(Actor actor, String action, UUID patientId, String recordType, String recordId) {
        writer.store(toRecord(event(actor, action, patientId, recordType, recordId, Outcome.DENIED)));
    }

    /** Events published by modules that cannot call this class (identity's sign-ins and account changes). */
    @EventListener
    public void on(AuditEvent event) {
        record(event);
    }

    void record(AuditEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            writer.store(toRecord(event));
        } else if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            AuditWriter.Pending pending = writer.submit(toRecord(event));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    writer.await(pending); // throws into the caller: the read's answer does not leave
                }
            });
        } else {
            insert(event);
        }
    }

    /** The event with a new public id and the entry MAC that tells the sealer it came from here. */
    private StoredEvent toRecord(AuditEvent event) {
        StoredEvent e = StoredEvent.toRecord(event);
        return e.withEntryMac(macs.entryMac(e));
    }

    /** Inserts the event inside the caller's (writing) transaction. */
    private void insert(AuditEvent event) {
        StoredEvent e = toRecord(event);
        jdbc.sql("""
                insert into audit_event (public_id, occurred_at, actor_id, actor_role, action, patient_id, record_type,
                                         record_id, source_ip, outcome, entry_mac)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.publicId(), utc(e.occurredAt()), e.actorId(), e.actorRole(), e.action(), e.patientId(),
                        e.recordType(), e.recordId(), e.sourceIp(), e.outcome(), e.entryMac())
                .update();
    }

    private AuditEvent event(Actor actor, String action, UUID patientId, String recordType, String recordId,
            Outcome outcome) {
        return new AuditEvent(clock.instant(), actor == null ? null : actor.actorId(),
                actor == null ? "ANONYMOUS" : actor.actorRole(), action, patientId, recordType, recordId,
                currentSourceIp(), outcome);
    }

    private static String currentSourceIp() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
