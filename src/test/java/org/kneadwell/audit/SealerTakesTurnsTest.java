package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kneadwell.shared.AuditEvent;
import org.kneadwell.shared.AuditEvent.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A sealer behind on its work commits each batch and gives the head up between batches: what it has chained is
 * there for everyone as it goes, and a read's batch stored meanwhile is chained by the writer between the sealer's
 * batches instead of joining the backlog (under overload the backlog used to grow while one long seal held the
 * head).
 */
class SealerTakesTurnsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final int BACKLOG = AuditSealer.BATCH * 2 + 3;

    private final ChainHash macs = new ChainHash(AuditKey.of("a-test-key-of-at-least-32-characters!"));
    private String url;
    private SingleConnectionDataSource dataSource;
    private JdbcClient jdbc;
    private AuditOnItsOwn audit;
    private DataSourceTransactionManager transactions;

    private int sealerTurns;
    private long chainedBeforeSecondBatch = -1;
    private boolean secondTurnFails;
    private final List<Object> published = new ArrayList<>();

    @BeforeEach
    void aDatabaseWithABacklog() {
        url = "jdbc:h2:mem:turns-" + UUID.randomUUID() + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH";
        dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        transactions = new DataSourceTransactionManager(dataSource);
        ChainTurns turns = new ChainTurns(Duration.ofSeconds(20)) {
            @Override
            <T> T sealer(Supplier<T> work) {
                if (++sealerTurns == 2 && secondTurnFails) {
                    throw new IllegalStateException("the database went away");
                }
                if (sealerTurns == 2) {
                    chainedBeforeSecondBatch = chainedAsSeenByAnotherConnection();
                    audit.writer().store(read("between the sealer's batches"));
                }
                return super.sealer(work);
            }
        };
        audit = AuditOnItsOwn.on(dataSource, macs, turns, published::add, CLOCK);
    }

    @AfterEach
    void dropTheDatabase() {
        audit.close();
        dataSource.destroy();
    }

    @Test
    void eachBatchIsCommittedAndTheWriterChainsBetweenThem() {
        writesBacklog();

        assertThat(audit.sealer().sealPending()).as("the whole backlog, in three batches").isEqualTo(BACKLOG);

        assertThat(sealerTurns).as("a turn per batch: 500, 500 and 3").isEqualTo(3);
        assertThat(chainedBeforeSecondBatch).as("the first batch committed before the second began")
                .isEqualTo(AuditSealer.BATCH);
        assertThat(jdbc.sql("select seq from audit_event where record_id = ?").param("between the sealer's batches")
                .query(Long.class).single()).as("the read's event, chained by the writer after the first batch")
                .isEqualTo(AuditSealer.BATCH + 1L);
        Verification verification = audit.verifier().verifyFully();
        assertThat(verification.intact()).as(verification.reason()).isTrue();
        assertThat(verification.sealed()).isEqualTo(BACKLOG + 1L);
        assertThat(verification.unsealed()).isZero();
    }

    @Test
    void aForgedEventIsReportedOnceItsBatchHasCommittedThoughALaterBatchFails() {
        writesBacklog();
        jdbc.sql("update audit_event set entry_mac = 'not the application''s' where id = (select min(id) from "
                + "audit_event)").update();
        secondTurnFails = true;

        assertThatThrownBy(() -> audit.sealer().sealPending()).hasMessage("the database went away");

        assertThat(published).as("the first batch chained it and committed")
                .containsExactly(new AuditSealer.ForgedEventsSealed(1));
        assertThat(chainedAsSeenByAnotherConnection()).isEqualTo(AuditSealer.BATCH);
    }

    /** Events of clinical writes, stored unchained in their own transaction: the sealer's work. */
    private void writesBacklog() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < BACKLOG; i++) {
                audit.trail().on(new AuditEvent(CLOCK.instant(), UUID.randomUUID(), "THERAPIST", "patient.updated",
                        null, null, null, null, Outcome.SUCCESS));
            }
        });
    }

    private long chainedAsSeenByAnotherConnection() {
        try (Connection other = DriverManager.getConnection(url, "sa", "");
                Statement count = other.createStatement();
                ResultSet rs = count.executeQuery("select count(*) from audit_event where seq is not null")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A read's event as {@link AuditTrail} hands it to the writer, with its entry MAC. */
    private StoredEvent read(String recordId) {
        StoredEvent event = new StoredEvent(0, null, UUID.randomUUID(), CLOCK.instant(), UUID.randomUUID(),
                "THERAPIST", "patient.read", UUID.randomUUID(), "patient", recordId, "10.0.0.1", "SUCCESS", null,
                null);
        return event.withEntryMac(macs.entryMac(event));
    }
}
