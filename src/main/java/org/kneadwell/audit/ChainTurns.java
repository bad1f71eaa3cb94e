package org.kneadwell.audit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Turns at the chain head within this application, between the {@link AuditSealer} (one turn per batch it seals)
 * and the group-commit {@link AuditWriter} (one turn per batch it stores). The turns are first come, first served,
 * so a writer that asks while the sealer works on a backlog gets the head as soon as the sealer's batch has
 * committed, and chains its own batch, instead of finding the head held and leaving its batch to the sealer too.
 * Without it a sealer behind on its work held the head for its whole backlog and every batch stored meanwhile
 * went to the backlog: under overload the unchained events grew to tens of thousands.
 * <p>
 * The writer waits at most {@link #WRITER_WAIT} (a sealer's batch of 500 usually commits well within it), then
 * stores its batch unchained: a sealer slowed down (waiting for a pooled connection, or for another node that holds
 * the head) costs each of the writer's batches meanwhile that wait, never more. The database's lock on the head still decides between several application nodes; these turns
 * only spare this node's writer and sealer from passing each other by.
 */
@Component
class ChainTurns {

    /** How long the writer waits for the sealer's batch to commit before it stores its own batch unchained. */
    static final Duration WRITER_WAIT = Duration.ofMillis(50);

    private final ReentrantLock head = new ReentrantLock(true);
    private final Duration writerWait;

    ChainTurns() {
        this(WRITER_WAIT);
    }

    ChainTurns(Duration writerWait) {
        this.writerWait = writerWait;
    }

    /** The sealer's turn: waits for it, runs {@code work} (one batch, committed within it) and gives the turn up. */
    <T> T sealer(Supplier<T> work) {
        head.lock();
        try {
            return work.get();
        } finally {
            head.unlock();
        }
    }

    /**
     * The writer's turn, waited for at most {@link #WRITER_WAIT}: true if it got it (then {@link #writerDone()}
     * once its batch has committed or failed), false if the sealer kept the head that long.
     */
    boolean writer() throws InterruptedException {
        return head.tryLock(writerWait.toNanos(), TimeUnit.NANOSECONDS);
    }

    void writerDone() {
        head.unlock();
    }
}
