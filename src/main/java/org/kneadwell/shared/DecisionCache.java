package org.kneadwell.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A small in-process cache for security decisions (who a token belongs to, who is on a care team) that must never
 * outlive a change: every change calls {@link #invalidate()}, which empties the cache at once and again when the
 * changing transaction ends, so the request after a revocation, deactivation or care-team change is decided
 * afresh from the database. Entries carry the generation they were read in; an entry read while a change was
 * under way is never used (a read that saw the old state cannot put it back after the change).
 * <p>
 * The cache lives in one application process: every change is made through this process's services. A change
 * made past them (by hand in the database, or by another node) is not seen until {@link #invalidate()} runs;
 * set {@code kneadwell.cache.decisions=false} to decide every request from the database.
 */
public final class DecisionCache<K, V> {

    private record Entry<V>(V value, long generation) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final int maxEntries;
    private final boolean enabled;

    public DecisionCache(int maxEntries, boolean enabled) {
        this.maxEntries = maxEntries;
        this.enabled = enabled;
    }

    /** The cached value, or {@code load}'s (cached unless it is {@code null}). */
    public V get(K key, Function<K, V> load) {
        if (!enabled) {
            return load.apply(key);
        }
        long current = generation.get();
        Entry<V> hit = entries.get(key);
        if (hit != null && hit.generation() == current) {
            return hit.value();
        }
        V value = load.apply(key);
        if (value != null && generation.get() == current && !inAWritingTransaction()) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, current));
        }
        return value;
    }

    /** Forgets everything now and once the current transaction (if any) has ended, committed or not. */
    public void invalidate() {
        clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    clear();
                }
            });
        }
    }

    private void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    /** A writing transaction may see its own uncommitted changes: what it reads is not cached. */
    private static boolean inAWritingTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}
