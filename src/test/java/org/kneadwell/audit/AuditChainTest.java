package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.kneadwell.shared.SqlTime.utc;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kneadwell.audit.Verification.Problem;
import org.kneadwell.shared.AuditEvent;
import org.kneadwell.shared.AuditEvent.Outcome;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals events, then tampers with the stored rows behind the application's back (on PostgreSQL as a superuser
 * who switches the append-only trigger off) and expects the full check to name the first broken sequence
 * number. Each test puts the rows back, and the class has a database of its own (the sealer and the scheduled
 * check run only when called), so nothing leaks into other tests.
 */
@KneadwellTest
@TestPropertySource(properties = { "kneadwell.audit.seal-interval=PT1H", "kneadwell.audit.verify-interval=PT1H",
    "kneadwell.audit.verify-initial-delay=PT1H" })
@DirtiesContext
class AuditChainTest {

    @Autowired AuditTrail trail;
    @Autowired AuditSealer sealer;
    @Autowired AuditVerifier verifier;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;

    private BehindTheAppsBack back;
    private long last;

    @BeforeEach
    void sealFiveFreshEvents() {
        back = new BehindTheAppsBack(jdbc, dataSource, transactions);
        sealer.sealPending(); // what is waiting (the demo's writes), so that the last five chained are the ones below
        UUID patient = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            trail.on(new AuditEvent(clock.instant(), UUID.randomUUID(), "THERAPIST", "patient.read", patient, "patient",
                    patient.toString(), i == 2 ? "" : "10.0.0." + i, Outcome.SUCCESS));
        }
        sealer.sealPending();
        last = jdbc.sql("select last_seq from audit_chain_head where id = 1").query(Long.class).single();
        assertThat(verifier.verifyFully().intact()).as("chain before tampering").isTrue();
    }

    @Test
    void sealsEventsInIdOrderIntoAnIntactChain() {
        assertThat(jdbc.sql("select count(*) from audit_event where seq is null").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select seq from audit_event order by id desc limit 5").query(Long.class).list())
                .as("the five events just recorded, newest first").containsExactly(last, last - 1, last - 2, last - 3,
                        last - 4);
        Verification verification = verifier.verifyFully();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.sealed()).isEqualTo(last);
        assertThat(verification.unsealed()).isZero();
        assertThat(sealer.sealPending()).as("nothing left to seal").isZero();
    }

    @Test
    void sealsSeveralBatchesInOneRunAndAnEventThatCommitsLateInTheNextRun() throws Exception {
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        // a writing transaction takes an id for its event now and commits only after the next run has passed it
        Future<?> lateWrite = writer.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.on(new AuditEvent(clock.instant(), UUID.randomUUID(), "THERAPIST", "patient.updated", null, null,
                    null, null, Outcome.SUCCESS));
            inserted.countDown();
            await(commit);
        }));
        try {
            await(inserted);
            int events = AuditSealer.BATCH * 2 + 7;
            // events of a write, stored in its transaction: the sealer chains them (the writer chains reads' events)
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                for (int i = 0; i < events; i++) {
                    trail.on(new AuditEvent(clock.instant(), UUID.randomUUID(), "THERAPIST", "patient.updated", null,
                            null, null, null, Outcome.SUCCESS));
                }
            });
            assertThat(sealer.sealPending()).as("every committed event, over three batches").isEqualTo(events);
        } finally {
            commit.countDown();
            lateWrite.get(30, TimeUnit.SECONDS);
            writer.shutdown();
        }
        assertThat(sealer.sealPending()).as("the late event, in the next run").isEqualTo(1);
        Verification verification = verifier.verifyFully();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.unsealed()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void chainsAReadsEventAsItIsStored() {
        UUID patient = UUID.randomUUID();
        trail.on(new AuditEvent(clock.instant(), UUID.randomUUID(), "THERAPIST", "patient.read", patient, "patient",
                patient.toString(), "10.0.0.9", Outcome.SUCCESS));

        assertThat(jdbc.sql("select seq from audit_event where patient_id = ?").param(patient).query(Long.class)
                .single()).as("chained by the writer, in the commit that stored it").isEqualTo(last + 1);
        assertThat(sealer.sealPending()).as("nothing left for the sealer").isZero();
        Verification verification = verifier.verifyFully();
        assertThat(verification.intact()).as(verification.reason()).isTrue();
        assertThat(verification.sealed()).isEqualTo(last + 1);
    }

    @Test
    void reportsEventsWaitingToBeSealed() {
        // a write's event, stored in the write's transaction: the sealer chains it later
        new TransactionTemplate(transactions).executeWithoutResult(status -> trail.on(new AuditEvent(clock.instant(),
                UUID.randomUUID(), "ADMIN", "account.updated", null, null, null, null, Outcome.SUCCESS)));
        Verification verification = verifier.verifyFully();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.unsealed()).isEqualTo(1);
        assertThat(verification.oldestUnsealed()).isNotNull().satisfies(age -> assertThat(age.isNegative()).isFalse());
        sealer.sealPending();
    }

    @Test
    void detectsAChangedEvent() {
        long seq = last - 2;
        back.run("update audit_event set action = 'patient.updated' where seq = ?", seq);
        assertBrokenAt(Problem.HASH_MISMATCH, seq);
        back.run("update audit_event set action = 'patient.read' where seq = ?", seq);
        assertThat(verifier.verifyFully().intact()).isTrue();

        StoredEvent original = event(seq);
        back.run("update audit_event set occurred_at = ? where seq = ?",
                utc(original.occurredAt().plus(1, ChronoUnit.MICROS)), seq);
        assertBrokenAt(Problem.HASH_MISMATCH, seq);
        back.run("update audit_event set occurred_at = ? where seq = ?", utc(original.occurredAt()), seq);

        back.run("update audit_event set source_ip = null where seq = ?", last - 2);
        assertBrokenAt(Problem.HASH_MISMATCH, last - 2);
        back.run("update audit_event set source_ip = '' where seq = ?", last - 2);
        assertThat(verifier.verifyFully().intact()).isTrue();
    }

    @Test
    void detectsARemovedEvent() {
        StoredEvent removed = event(last - 1);
        back.run("delete from audit_event where id = ?", removed.id());
        assertBrokenAt(Problem.MISSING_EVENT, last - 1);
        restore(removed);
        assertThat(verifier.verifyFully().intact()).isTrue();
    }

    @Test
    void detectsARemovedLastEvent() {
        StoredEvent removed = event(last);
        back.run("delete from audit_event where id = ?", removed.id());
        assertBrokenAt(Problem.MISSING_TAIL, last);
        restore(removed);
        assertThat(verifier.verifyFully().intact()).isTrue();
    }

    @Test
    void doesNotSealAnEventInsertedWithoutASequenceAsGenuine() {
        // a forger inserts rows as the application would, but cannot compute the entry MAC without the key
        StoredEvent tail = event(last);
        StoredEvent forged = new StoredEvent(0, null, UUID.randomUUID(), tail.occurredAt(), UUID.randomUUID(), "ADMIN",
                "patient.read", tail.patientId(), "patient", null, "10.9.9.9", "SUCCESS", null, null);
        String guessedMac = ChainHash.legacyNext(ChainHash.GENESIS, forged.content());
        insert(forged.withEntryMac(guessedMac), null, null);
        insert(new StoredEvent(0, null, null, tail.occurredAt(), null, "ANONYMOUS", "login.failed", null, null, null,
                null, "FAILED", null, null), null, null);

        assertThat(sealer.sealPending()).as("chained, so it can never be slipped in unnoticed later").isEqualTo(2);
        assertBrokenAt(Problem.FORGED_EVENT, last + 1);

        back.run("delete from audit_event where seq > ?", last);
        back.run("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", last, tail.hash());
        assertThat(verifier.verifyFully().intact()).isTrue();
    }

    @Test
    void detectsAnEventInsertedWithASequence() {
        // a forger who knows the algorithm links the new event onto the last one, but has to guess the key
        StoredEvent tail = event(last);
        StoredEvent forged = new StoredEvent(0, last + 1, UUID.randomUUID(), tail.occurredAt(), UUID.randomUUID(),
                "ADMIN", "patient.read", tail.patientId(), "patient", null, "10.9.9.9", "SUCCESS", null, null);
        ChainHash guessedKey = new ChainHash(AuditKey.of("a guessed key that is long enough to use"));
        long id = insert(forged.withEntryMac(guessedKey.entryMac(forged)), last + 1,
                guessedKey.next(tail.hash(), forged.canonical(last + 1)));
        assertBrokenAt(Problem.EXTRA_EVENT, last + 1);
        back.run("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", last + 1,
                guessedKey.next(tail.hash(), forged.canonical(last + 1)));
        assertBrokenAt(Problem.HASH_MISMATCH, last + 1);
        back.run("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", last, tail.hash());
        back.run("delete from audit_event where id = ?", id);
        assertThat(verifier.verifyFully().intact()).isTrue();

        // or one slipped in with a number already used: it has to replace an event, and its link cannot match
        StoredEvent replaced = event(last - 3);
        back.run("delete from audit_event where id = ?", replaced.id());
        long intruder = insert(forged.withEntryMac(replaced.entryMac()), last - 3, replaced.hash());
        assertBrokenAt(Problem.HASH_MISMATCH, last - 3);
        back.run("delete from audit_event where id = ?", intruder);
        restore(replaced);
        assertThat(verifier.verifyFully().intact()).isTrue();
    }

    @Test
    void detectsAChainReHashedWithoutTheKey() {
        long first = last - 3;
        List<StoredEvent> originals = new ArrayList<>();
        for (long seq = first; seq <= last; seq++) {
            originals.add(event(seq));
        }
        back.run("update audit_event set action = 'patient.updated' where seq = ?", first);
        // with a key of the forger's own
        ChainHash forger = new ChainHash(AuditKey.of("the forger's own key, long enough to use"));
        String previous = event(first - 1).hash();
        for (long seq = first; seq <= last; seq++) {
            StoredEvent changed = event(seq);
            String link = forger.next(previous, changed.canonical(seq));
            back.run("update audit_event set hash = ?, entry_mac = ? where seq = ?", link, forger.entryMac(changed),
                    seq);
            previous = link;
        }
        back.run("update audit_chain_head set last_hash = ? where id = 1", previous);
        assertBrokenAt(Problem.HASH_MISMATCH, first);

        // or with plain SHA-256, as the chain was linked before it had a key
        previous = event(first - 1).hash();
        for (long seq = first; seq <= last; seq++) {
            String link = ChainHash.legacyNext(previous, event(seq).legacyCanonical(seq));
            back.run("update audit_event set hash = ? where seq = ?", link, seq);
            previous = link;
        }
        back.run("update audit_chain_head set last_hash = ? where id = 1", previous);
        assertBrokenAt(Problem.HASH_MISMATCH, first);

        for (StoredEvent original : originals) {
            back.run("update audit_event set action = ?, hash = ?, entry_mac = ? where id = ?", original.action(),
                    original.hash(), original.entryMac(), original.id());
        }
        back.run("update audit_chain_head set last_hash = ? where id = 1", originals.get(originals.size() - 1).hash());
        assertThat(verifier.verifyFully().intact()).isTrue();
    }

    @Test
    void detectsAMovedChainHead() {
        back.run("update audit_chain_head set last_seq = last_seq + 1 where id = 1");
        assertBrokenAt(Problem.MISSING_TAIL, last + 1);
        back.run("update audit_chain_head set last_seq = last_seq - 1 where id = 1");
        assertThat(verifier.verifyFully().intact()).isTrue();
    }

    @Test
    void detectsAMovedStartOfTheKeyedChain() {
        long legacy = jdbc.sql("select legacy_seq from audit_chain_head where id = 1").query(Long.class).single();
        back.run("update audit_chain_head set legacy_seq = ? where id = 1", last);
        assertBrokenAt(Problem.ANCHOR_MISMATCH, last + 1);
        back.run("update audit_chain_head set legacy_seq = ? where id = 1", legacy);
        assertThat(verifier.verifyFully().intact()).isTrue();
    }

    @Test
    void postgresRefusesChangingOrRemovingEventsAndAllowsOnlySealing() {
        assumeTrue(back.postgres(), "the append-only trigger is PostgreSQL's");
        assertThatThrownBy(() -> jdbc.sql("update audit_event set action = 'patient.updated' where seq = ?")
                .param(last).update()).isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where seq = ?").param(last).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");

        UUID patient = UUID.randomUUID();
        // a write's event, left for the sealer (the writer chains reads' events as it stores them)
        new TransactionTemplate(transactions).executeWithoutResult(status -> trail.on(new AuditEvent(clock.instant(),
                null, "ADMIN", "patient.updated", patient, null, null, null, Outcome.SUCCESS)));
        assertThatThrownBy(() -> jdbc.sql("update audit_event set seq = ?, hash = 'x', outcome = 'DENIED' "
                + "where patient_id = ?").params(last + 1, patient).update())
                .as("sealing must not change the event").isInstanceOf(DataAccessException.class);
        assertThat(sealer.sealPending()).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("update audit_event set hash = 'x' where patient_id = ?").param(patient)
                .update()).as("nor can a seal be redone").isInstanceOf(DataAccessException.class);
        assertThat(verifier.verifyFully().intact()).isTrue();
    }

    @Test
    void postgresTakesChangingPrivilegesFromRolesThatDoNotOwnTheEvents() throws Exception {
        assumeTrue(back.postgres(), "privileges are PostgreSQL's");
        String migration = new String(getClass().getResourceAsStream(
                "/db/migration/postgresql/V10_1__audit_append_only.sql").readAllBytes(), StandardCharsets.UTF_8);
        String revoke = migration.substring(migration.indexOf("do $$"));
        String app = "kw_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        JdbcTemplate sql = new JdbcTemplate(dataSource);
        sql.execute("create role " + app);
        try {
            sql.execute("grant select, insert, update, delete, truncate on audit_event to " + app);
            sql.execute(revoke);
            assertThat(privilege("has_table_privilege(?, 'audit_event', 'INSERT')", app)).isTrue();
            assertThat(privilege("has_table_privilege(?, 'audit_event', 'UPDATE')", app)).isFalse();
            assertThat(privilege("has_table_privilege(?, 'audit_event', 'DELETE')", app)).isFalse();
            assertThat(privilege("has_table_privilege(?, 'audit_event', 'TRUNCATE')", app)).isFalse();
            assertThat(privilege("has_column_privilege(?, 'audit_event', 'seq', 'UPDATE')", app)).isTrue();
            assertThat(privilege("has_column_privilege(?, 'audit_event', 'action', 'UPDATE')", app)).isFalse();
        } finally {
            sql.execute("drop owned by " + app);
            sql.execute("drop role " + app);
        }
    }

    private boolean privilege(String check, String role) {
        return jdbc.sql("select " + check).param(role).query(Boolean.class).single();
    }

    private void assertBrokenAt(Problem problem, long seq) {
        Verification verification = verifier.verifyFully();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.problem()).as(verification.reason()).isEqualTo(problem);
        assertThat(verification.brokenAtSeq()).isEqualTo(seq);
        assertThat(verification.reason()).startsWith("broken at seq " + seq);
    }

    private StoredEvent event(long seq) {
        return jdbc.sql("select " + StoredEvent.COLUMNS + " from audit_event where seq = ?").param(seq)
                .query(StoredEvent::map).single();
    }

    private void restore(StoredEvent e) {
        back.run("""
                insert into audit_event (id, public_id, occurred_at, actor_id, actor_role, action, patient_id,
                                         record_type, record_id, source_ip, outcome, entry_mac, seq, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                e.id(), e.publicId(), utc(e.occurredAt()), e.actorId(), e.actorRole(), e.action(), e.patientId(),
                e.recordType(), e.recordId(), e.sourceIp(), e.outcome(), e.entryMac(), e.seq(), e.hash());
    }

    /** Inserts a row past the application; returns its id. */
    private long insert(StoredEvent e, Long seq, String hash) {
        String marker = UUID.randomUUID().toString();
        back.run("""
                insert into audit_event (public_id, occurred_at, actor_id, actor_role, action, patient_id, record_type,
                                         record_id, source_ip, outcome, entry_mac, seq, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                e.publicId(), utc(e.occurredAt()), e.actorId(), e.actorRole(), e.action(), e.patientId(),
                e.recordType(), marker, e.sourceIp(), e.outcome(), e.entryMac(), seq, hash);
        long id = jdbc.sql("select id from audit_event where record_id = ?").param(marker).query(Long.class).single();
        back.run("update audit_event set record_id = ? where id = ?", e.recordId(), id);
        return id;
    }
}
