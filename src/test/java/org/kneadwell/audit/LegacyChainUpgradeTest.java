package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kneadwell.shared.SqlTime.utc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kneadwell.audit.Verification.Problem;
import org.kneadwell.shared.AuditEvent;
import org.kneadwell.shared.AuditEvent.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A database whose events were sealed on the old SHA-256 chain (before the audit key) upgrades: those events
 * stay verifiable, one recorded but not sealed before the upgrade is finished on the old chain, and the keyed
 * chain carries on from there, with the boundary bound to the key.
 */
class LegacyChainUpgradeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    private SingleConnectionDataSource dataSource;
    private JdbcClient jdbc;
    private AuditOnItsOwn audit;

    @BeforeEach
    void aDatabaseWithThreeEventsSealedTheOldWayAndOneWaiting() {
        String url = "jdbc:h2:mem:legacy-" + UUID.randomUUID() + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH";
        // one connection kept open throughout, as the pool keeps them (H2 ties a check constraint to its session)
        dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").target("2").load()
                .migrate();
        jdbc = JdbcClient.create(dataSource);
        String hash = ChainHash.GENESIS;
        for (long seq = 1; seq <= 4; seq++) {
            StoredEvent event = new StoredEvent(0, null, null, CLOCK.instant().minusSeconds(60 - seq), null,
                    "THERAPIST", "patient.read", UUID.randomUUID(), "patient", null, "10.0.0." + seq, "SUCCESS",
                    null, null);
            boolean sealed = seq < 4;
            if (sealed) {
                hash = ChainHash.legacyNext(hash, event.legacyCanonical(seq));
            }
            jdbc.sql("insert into audit_event (occurred_at, actor_role, action, patient_id, record_type, source_ip, "
                    + "outcome, seq, hash) values (:at, :role, :action, :patient, :type, :ip, :outcome, :seq, :hash)")
                    .param("at", utc(event.occurredAt())).param("role", event.actorRole())
                    .param("action", event.action()).param("patient", event.patientId())
                    .param("type", event.recordType()).param("ip", event.sourceIp()).param("outcome", event.outcome())
                    .param("seq", sealed ? seq : null, java.sql.Types.BIGINT)
                    .param("hash", sealed ? hash : null, java.sql.Types.VARCHAR)
                    .update();
        }
        jdbc.sql("update audit_chain_head set last_seq = 3, last_hash = ? where id = 1").param(hash).update();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();

        ChainHash macs = new ChainHash(AuditKey.of("the key generated on the first start after it"));
        audit = AuditOnItsOwn.on(dataSource, macs, new ChainTurns(), event -> { }, CLOCK);
    }

    @AfterEach
    void dropTheDatabase() {
        audit.close();
        dataSource.destroy();
    }

    @Test
    void keepsTheOldEventsVerifiableAndCarriesOnWithTheKey() {
        audit.trail().on(new AuditEvent(CLOCK.instant(), null, "ADMIN", "audit.report.viewed", null, null, null,
                null, Outcome.SUCCESS));

        assertThat(audit.sealer().sealPending()).as("the keyed event").isEqualTo(1);

        assertThat(jdbc.sql("select legacy_seq from audit_chain_head").query(Long.class).single())
                .as("the waiting event finished the old chain").isEqualTo(4);
        Verification verification = audit.verifier().verifyFully();
        assertThat(verification.intact()).as(verification.reason()).isTrue();
        assertThat(verification.sealed()).isEqualTo(5);
    }

    @Test
    void anOldEventChangedLaterStillBreaksTheChain() {
        audit.sealer().sealPending();
        jdbc.sql("update audit_event set source_ip = '10.9.9.9' where seq = 2").update();
        assertThat(audit.verifier().verifyFully().brokenAtSeq()).isEqualTo(2);
    }

    @Test
    void theOldChainCannotBeStretchedOverKeyedEvents() {
        audit.trail().on(new AuditEvent(CLOCK.instant(), null, "ADMIN", "audit.report.viewed", null, null, null,
                null, Outcome.SUCCESS));
        audit.sealer().sealPending();
        jdbc.sql("update audit_chain_head set legacy_seq = 5").update();
        Verification moved = audit.verifier().verifyFully();
        assertThat(moved.problem()).isEqualTo(Problem.ANCHOR_MISMATCH);
        assertThat(moved.brokenAtSeq()).isEqualTo(6);

        jdbc.sql("update audit_chain_head set legacy_seq = 4, anchor_mac = null").update();
        assertThat(audit.verifier().verifyFully().problem()).as("nor its boundary removed")
                .isEqualTo(Problem.ANCHOR_MISMATCH);
    }

    @Test
    void anEventWithoutAPublicIdAfterTheUpgradeIsForged() {
        audit.sealer().sealPending();
        jdbc.sql("insert into audit_event (occurred_at, actor_role, action, outcome) "
                + "values (current_timestamp, 'ADMIN', 'patient.read', 'SUCCESS')").update();
        audit.sealer().sealPending();
        Verification verification = audit.verifier().verifyFully();
        assertThat(verification.problem()).isEqualTo(Problem.FORGED_EVENT);
        assertThat(verification.brokenAtSeq()).isEqualTo(5);
    }
}
