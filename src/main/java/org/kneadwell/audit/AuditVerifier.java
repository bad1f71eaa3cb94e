package org.kneadwell.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.kneadwell.audit.Verification.Problem;
import org.kneadwell.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the sealed chain from the first event and recomputes every hash. A changed field breaks that event's
 * hash; a removed event leaves a gap in the sequence (or a chain head longer than the events); an inserted
 * event either breaks a hash or stands beyond the head. It reads in one repeatable-read snapshot, so a
 * sealer committing meanwhile cannot make an intact chain look broken.
 */
@Component
public class AuditVerifier {

    static final int PAGE = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate snapshot;

    AuditVerifier(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    public Verification verify() {
        return snapshot.execute(status -> walk());
    }

    private Verification walk() {
        record Head(long lastSeq, String lastHash) {
        }
        Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                .query((rs, row) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"))).single();
        long expected = 1;
        String previous = ChainHash.GENESIS;
        long after = Long.MIN_VALUE;
        List<StoredEvent> page;
        do {
            page = jdbc.sql("select " + StoredEvent.COLUMNS + " from audit_event where seq > ? order by seq limit ?")
                    .params(after, PAGE).query(StoredEvent::map).list();
            for (StoredEvent event : page) {
                long seq = event.seq();
                if (seq < expected || seq > head.lastSeq()) {
                    return broken(Problem.EXTRA_EVENT, seq, expected - 1);
                }
                if (seq > expected) {
                    return broken(Problem.MISSING_EVENT, expected, expected - 1);
                }
                String hash = ChainHash.next(previous, event.canonical(seq));
                if (!hash.equals(event.hash())) {
                    return broken(Problem.HASH_MISMATCH, seq, expected - 1);
                }
                previous = hash;
                after = seq;
                expected++;
            }
        } while (page.size() == PAGE);
        long last = expected - 1;
        if (last < head.lastSeq()) {
            return broken(Problem.MISSING_TAIL, last + 1, last);
        }
        if (!previous.equals(head.lastHash())) {
            return broken(Problem.HEAD_MISMATCH, last, last);
        }
        Backlog backlog = backlog();
        return Verification.intact(last, backlog.count(), backlog.age());
    }

    private Verification broken(Problem problem, long seq, long checked) {
        Backlog backlog = backlog();
        return new Verification(problem, seq, checked, backlog.count(), backlog.age());
    }

    private Backlog backlog() {
        return jdbc.sql("select count(*) as waiting, min(occurred_at) as oldest from audit_event where seq is null")
                .query((rs, row) -> {
                    Instant oldest = SqlTime.instant(rs, "oldest");
                    Duration age = oldest == null ? null : Duration.between(oldest, clock.instant());
                    return new Backlog(rs.getLong("waiting"), age == null || !age.isNegative() ? age : Duration.ZERO);
                }).single();
    }

    private record Backlog(long count, Duration age) {
    }
}
