package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kneadwell.shared.SqlTime.utc;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kneadwell.audit.Verification.Problem;
import org.kneadwell.shared.AuditEvent;
import org.kneadwell.shared.AuditEvent.Outcome;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Seals events, then tampers with the stored rows behind the application's back and expects the verifier to
 * notice. Each test puts the rows back, and the class has a database of its own (the sealer runs only when
 * called), so nothing leaks into other tests.
 */
@KneadwellTest
@TestPropertySource(properties = { "kneadwell.audit.seal-interval=PT1H", "kneadwell.test.database=audit-chain" })
@DirtiesContext
class AuditChainTest {

    @Autowired AuditTrail trail;
    @Autowired AuditSealer sealer;
    @Autowired AuditVerifier verifier;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private long last;

    @BeforeEach
    void sealFiveFreshEvents() {
        UUID patient = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            trail.on(new AuditEvent(clock.instant(), UUID.randomUUID(), "THERAPIST", "patient.read", patient, "patient",
                    patient.toString(), i == 2 ? "" : "10.0.0." + i, Outcome.SUCCESS));
        }
        sealer.sealPending();
        last = jdbc.sql("select last_seq from audit_chain_head where id = 1").query(Long.class).single();
        assertThat(verifier.verify().intact()).as("chain before tampering").isTrue();
    }

    @Test
    void sealsEventsInIdOrderIntoAnIntactChain() {
        assertThat(jdbc.sql("select count(*) from audit_event where seq is null").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select seq from audit_event order by id").query(Long.class).list())
                .isSorted().doesNotHaveDuplicates().endsWith(last);
        Verification verification = verifier.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.sealed()).isEqualTo(last);
        assertThat(verification.unsealed()).isZero();
        assertThat(sealer.sealPending()).as("nothing left to seal").isZero();
    }

    @Test
    void reportsEventsWaitingToBeSealed() {
        trail.on(new AuditEvent(clock.instant(), null, "ANONYMOUS", "login.failed", null, null, null, null,
                Outcome.FAILED));
        Verification verification = verifier.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.unsealed()).isEqualTo(1);
        assertThat(verification.oldestUnsealed()).isNotNull().satisfies(age -> assertThat(age.isNegative()).isFalse());
        sealer.sealPending();
    }

    @Test
    void detectsAChangedEvent() {
        long seq = last - 2;
        jdbc.sql("update audit_event set action = 'patient.updated' where seq = ?").param(seq).update();
        assertBrokenAt(Problem.HASH_MISMATCH, seq);
        jdbc.sql("update audit_event set action = 'patient.read' where seq = ?").param(seq).update();
        assertThat(verifier.verify().intact()).isTrue();

        StoredEvent original = event(seq);
        jdbc.sql("update audit_event set occurred_at = ? where seq = ?")
                .params(utc(original.occurredAt().plus(1, ChronoUnit.MICROS)), seq).update();
        assertBrokenAt(Problem.HASH_MISMATCH, seq);
        jdbc.sql("update audit_event set occurred_at = ? where seq = ?").params(utc(original.occurredAt()), seq)
                .update();

        jdbc.sql("update audit_event set source_ip = null where seq = ?").param(last - 2).update();
        assertBrokenAt(Problem.HASH_MISMATCH, last - 2);
        jdbc.sql("update audit_event set source_ip = '' where seq = ?").param(last - 2).update();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void detectsARemovedEvent() {
        StoredEvent removed = event(last - 1);
        jdbc.sql("delete from audit_event where id = ?").param(removed.id()).update();
        assertBrokenAt(Problem.MISSING_EVENT, last - 1);
        restore(removed);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void detectsARemovedLastEvent() {
        StoredEvent removed = event(last);
        jdbc.sql("delete from audit_event where id = ?").param(removed.id()).update();
        assertBrokenAt(Problem.MISSING_TAIL, last);
        restore(removed);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void detectsAnInsertedEvent() {
        // a forger who knows the algorithm and hashes the new event correctly onto the last one
        StoredEvent tail = event(last);
        StoredEvent forged = new StoredEvent(0, last + 1, tail.occurredAt(), UUID.randomUUID(), "ADMIN",
                "patient.read", tail.patientId(), "patient", null, "10.9.9.9", "SUCCESS", null);
        long id = insert(forged, last + 1, ChainHash.next(tail.hash(), forged.canonical(last + 1)));
        assertBrokenAt(Problem.EXTRA_EVENT, last + 1);
        jdbc.sql("delete from audit_event where id = ?").param(id).update();
        assertThat(verifier.verify().intact()).isTrue();

        // or one slipped in with a number already used: it has to replace an event, and its hash cannot match
        StoredEvent replaced = event(last - 3);
        jdbc.sql("delete from audit_event where id = ?").param(replaced.id()).update();
        long intruder = insert(forged, last - 3, replaced.hash());
        assertBrokenAt(Problem.HASH_MISMATCH, last - 3);
        jdbc.sql("delete from audit_event where id = ?").param(intruder).update();
        restore(replaced);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void detectsAMovedChainHead() {
        jdbc.sql("update audit_chain_head set last_seq = last_seq + 1 where id = 1").update();
        assertBrokenAt(Problem.MISSING_TAIL, last + 1);
        jdbc.sql("update audit_chain_head set last_seq = last_seq - 1 where id = 1").update();
        assertThat(verifier.verify().intact()).isTrue();
    }

    private void assertBrokenAt(Problem problem, long seq) {
        Verification verification = verifier.verify();
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
        jdbc.sql("""
                insert into audit_event (id, occurred_at, actor_id, actor_role, action, patient_id, record_type,
                                         record_id, source_ip, outcome, seq, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), utc(e.occurredAt()), e.actorId(), e.actorRole(), e.action(), e.patientId(),
                        e.recordType(), e.recordId(), e.sourceIp(), e.outcome(), e.seq(), e.hash())
                .update();
    }

    private long insert(StoredEvent e, long seq, String hash) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_id, actor_role, action, patient_id, record_type,
                                         record_id, source_ip, outcome, seq, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(utc(e.occurredAt()), e.actorId(), e.actorRole(), e.action(), e.patientId(), e.recordType(),
                        e.recordId(), e.sourceIp(), e.outcome(), seq, hash)
                .update();
        return jdbc.sql("select id from audit_event where seq = ?").param(seq).query(Long.class).single();
    }
}
