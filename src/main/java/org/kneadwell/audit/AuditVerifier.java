package org.kneadwell.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.kneadwell.audit.Checkpoint.Link;
import org.kneadwell.audit.Verification.Problem;
import org.kneadwell.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the chain's links with the audit key. A changed field or a re-hashed chain breaks that event's
 * link; a removed event leaves a gap in the sequence (or a chain head longer than the events); an inserted
 * event breaks a link, stands beyond the head, or (when the sealer chained it) fails its entry MAC. It reads in
 * one repeatable-read snapshot, so a sealer committing meanwhile cannot make an intact chain look broken.
 * <p>
 * {@link #verify()} starts from the last checkpoint (where a check last found the chain intact, stored with a
 * MAC) and reads only the events sealed since, plus the checkpoint's own event, so it stays fast on millions
 * of events; {@link #verifyFully()} walks everything. Every result goes to {@link ChainStatus}.
 */
@Component
public class AuditVerifier {

    static final int PAGE = 1000;

    private final JdbcClient jdbc;
    private final ChainHash macs;
    private final ChainStatus status;
    private final Clock clock;
    private final Checkpoint checkpoint;
    private final TransactionTemplate snapshot;

    AuditVerifier(JdbcClient jdbc, ChainHash macs, ChainStatus status, Checkpoint checkpoint, Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.macs = macs;
        this.status = status;
        this.checkpoint = checkpoint;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Checks the events sealed since the last checkpoint and moves the checkpoint when they check out. */
    public Verification verify() {
        Link from = checkpoint.load();
        Result result = snapshot.execute(s -> walk(from));
        if (result.verification().intact() && !result.end().equals(from)) {
            checkpoint.save(result.end());
        }
        status.record(result.verification());
        return result.verification();
    }

    /** Checks the whole chain from its first event (the admin's audit report). */
    public Verification verifyFully() {
        Result result = snapshot.execute(s -> walk(Link.GENESIS));
        if (result.verification().intact()) {
            checkpoint.save(result.end());
        }
        status.record(result.verification());
        return result.verification();
    }

    private record Result(Verification verification, Link end) {
    }

    private Result walk(Link from) {
        ChainHead head = ChainHead.read(jdbc);
        if (!anchorHolds(head)) {
            return broken(Problem.ANCHOR_MISMATCH, head.legacySeq() + 1, 0);
        }
        if (from.seq() > head.lastSeq()) {
            return broken(Problem.EXTRA_EVENT, head.lastSeq() + 1, 0);
        }
        long walked = 0;
        if (from.seq() > 0) {
            Result moved = checkpointEventUnchanged(from, head);
            if (moved != null) {
                return moved;
            }
            walked = 2;
        }
        long expected = from.seq() + 1;
        String previous = from.hash();
        List<StoredEvent> page;
        do {
            page = jdbc.sql("select " + StoredEvent.COLUMNS + " from audit_event where seq > ? order by seq limit ?")
                    .params(expected - 1, PAGE).query(StoredEvent::map).list();
            for (StoredEvent event : page) {
                walked++;
                long seq = event.seq();
                if (seq > head.lastSeq()) {
                    return broken(Problem.EXTRA_EVENT, seq, walked);
                }
                if (seq > expected) {
                    return broken(Problem.MISSING_EVENT, expected, walked);
                }
                Problem problem = check(event, previous, head);
                if (problem != null) {
                    return broken(problem, seq, walked);
                }
                previous = event.hash();
                expected++;
            }
        } while (page.size() == PAGE);
        long last = expected - 1;
        if (last < head.lastSeq()) {
            return broken(Problem.MISSING_TAIL, last + 1, walked);
        }
        if (!previous.equals(head.lastHash())) {
            return broken(Problem.HEAD_MISMATCH, last, walked);
        }
        Backlog backlog = backlog();
        return new Result(Verification.intact(last, backlog.count(), backlog.age(), walked), new Link(last, previous));
    }

    /** The checkpoint's event must still be there, unchanged, with the link the checkpoint recorded. */
    private Result checkpointEventUnchanged(Link from, ChainHead head) {
        StoredEvent at = event(from.seq());
        if (at == null) {
            return broken(Problem.MISSING_EVENT, from.seq(), 1);
        }
        String previous = ChainHash.GENESIS;
        if (from.seq() > 1) {
            StoredEvent before = event(from.seq() - 1);
            if (before == null) {
                return broken(Problem.MISSING_EVENT, from.seq() - 1, 2);
            }
            previous = before.hash();
        }
        Problem problem = check(at, previous, head);
        if (problem == null && !from.hash().equals(at.hash())) {
            problem = Problem.HASH_MISMATCH;
        }
        return problem == null ? null : broken(problem, from.seq(), 2);
    }

    private Problem check(StoredEvent event, String previous, ChainHead head) {
        long seq = event.seq();
        if (head.isLegacy(seq)) {
            return ChainHash.legacyNext(previous, event.legacyCanonical(seq)).equals(event.hash()) ? null
                    : Problem.HASH_MISMATCH;
        }
        if (!macs.next(previous, event.canonical(seq)).equals(event.hash())) {
            return Problem.HASH_MISMATCH;
        }
        if (event.entryMac() == null || !macs.entryMac(event).equals(event.entryMac())) {
            return Problem.FORGED_EVENT;
        }
        return null;
    }

    private boolean anchorHolds(ChainHead head) {
        if (head.anchorMac() == null) {
            return head.lastSeq() <= head.legacySeq(); // not anchored yet, so nothing keyed may be sealed
        }
        return head.anchorMac().equals(macs.anchor(head.legacySeq(), head.legacyHash()));
    }

    private StoredEvent event(long seq) {
        return jdbc.sql("select " + StoredEvent.COLUMNS + " from audit_event where seq = ?").param(seq)
                .query(StoredEvent::map).optional().orElse(null);
    }

    private Result broken(Problem problem, long seq, long walked) {
        Backlog backlog = backlog();
        return new Result(new Verification(problem, seq, Math.max(seq - 1, 0), backlog.count(), backlog.age(), walked),
                null);
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
