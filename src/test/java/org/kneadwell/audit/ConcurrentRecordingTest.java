package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.kneadwell.shared.Actor;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recording never waits for the chain: while the chain head is locked (as the sealer locks it), twenty
 * requests record their events at once and all finish promptly; once the lock is gone, the sealer chains them.
 */
@KneadwellTest
@TestPropertySource(properties = { "kneadwell.audit.seal-interval=PT1H", "kneadwell.test.database=audit-concurrency" })
@DirtiesContext
class ConcurrentRecordingTest {

    private static final int REQUESTS = 20;
    private static final int EVENTS_EACH = 5;

    @Autowired AuditTrail trail;
    @Autowired AuditSealer sealer;
    @Autowired AuditVerifier verifier;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void requestsProceedWhileTheChainHeadIsLocked() throws Exception {
        UUID patient = UUID.randomUUID();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS + 1);
        try {
            Future<?> holder = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                jdbc.sql("select last_seq from audit_chain_head where id = 1 for update").query(Long.class).single();
                locked.countDown();
                await(release);
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).as("head locked").isTrue();

            long started = System.nanoTime();
            List<Future<?>> requests = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                Actor actor = therapist();
                requests.add(pool.submit(() -> {
                    for (int j = 0; j < EVENTS_EACH; j++) {
                        trail.read(actor, "patient.read", patient, "patient", patient.toString());
                    }
                }));
            }
            for (Future<?> request : requests) {
                request.get(5, TimeUnit.SECONDS);
            }
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(tookMillis).as("all requests done while the head is still locked").isLessThan(5_000);
            assertThat(holder.isDone()).as("head still locked").isFalse();
            assertThat(count("seq is null and patient_id = ?", patient)).isEqualTo(REQUESTS * EVENTS_EACH);

            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }

        sealer.sealPending();
        assertThat(count("seq is null and patient_id = ?", patient)).isZero();
        List<Long> seqs = jdbc.sql("select seq from audit_event where patient_id = ? order by id").param(patient)
                .query(Long.class).list();
        assertThat(seqs).hasSize(REQUESTS * EVENTS_EACH).isSorted().doesNotHaveDuplicates();
        assertThat(seqs.get(seqs.size() - 1) - seqs.get(0)).as("consecutive").isEqualTo(seqs.size() - 1L);
        assertThat(verifier.verify().intact()).isTrue();
    }

    private long count(String where, UUID patient) {
        return jdbc.sql("select count(*) from audit_event where " + where).param(patient).query(Long.class).single();
    }

    private static Actor therapist() {
        UUID id = UUID.randomUUID();
        return new Actor() {
            @Override
            public UUID actorId() {
                return id;
            }

            @Override
            public String actorRole() {
                return "THERAPIST";
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
