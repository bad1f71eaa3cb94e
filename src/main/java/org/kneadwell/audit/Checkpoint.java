package org.kneadwell.audit;

import static org.kneadwell.shared.SqlTime.utc;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a check last found the chain intact: a sequence number and its link, stored with a MAC under the audit
 * key. One that does not check out (never set, or moved by hand) counts as no checkpoint: the next check then
 * walks the whole chain, which is slower but never wrong.
 */
@Component
class Checkpoint {

    /** A sealed event's sequence number and link. */
    record Link(long seq, String hash) {
        static final Link GENESIS = new Link(0, ChainHash.GENESIS);
    }

    private final JdbcClient jdbc;
    private final ChainHash macs;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    Checkpoint(JdbcClient jdbc, ChainHash macs, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.macs = macs;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Link load() {
        return jdbc.sql("select verified_seq, verified_hash, mac from audit_checkpoint where id = 1")
                .query((rs, row) -> {
                    Link link = new Link(rs.getLong("verified_seq"), rs.getString("verified_hash"));
                    return macs.checkpoint(link.seq(), link.hash()).equals(rs.getString("mac")) ? link : Link.GENESIS;
                }).optional().orElse(Link.GENESIS);
    }

    /** In a transaction of its own, so a check made during a read-only request can still move it. */
    void save(Link end) {
        String mac = macs.checkpoint(end.seq(), end.hash());
        ownTransaction.executeWithoutResult(s -> {
            int updated = jdbc.sql("update audit_checkpoint set verified_seq = ?, verified_hash = ?, mac = ?, "
                    + "verified_at = ? where id = 1").params(end.seq(), end.hash(), mac, utc(clock.instant())).update();
            if (updated == 0) {
                jdbc.sql("insert into audit_checkpoint (id, verified_seq, verified_hash, mac, verified_at) "
                        + "values (1, ?, ?, ?, ?)").params(end.seq(), end.hash(), mac, utc(clock.instant())).update();
            }
        });
    }
}
