package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.shared.Actor;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A read's event must not be inserted inside the read-only transaction (PostgreSQL refuses that, H2 does not,
 * so this test means most under {@code -Ppostgres}); a write's event must share the write's fate.
 */
@KneadwellTest
class AuditTransactionsTest {

    private static final Actor THERAPIST = new Actor() {
        private final UUID id = UUID.randomUUID();

        @Override
        public UUID actorId() {
            return id;
        }

        @Override
        public String actorRole() {
            return "THERAPIST";
        }
    };

    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void storesAReadAuditedInsideAReadOnlyTransactionByTheTimeItEnds() {
        UUID patient = UUID.randomUUID();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        // The group-commit writer may store the event while the read is still under way (its own connection);
        // what must hold is that it is stored, once, by the time the read's transaction has ended.
        readOnly.executeWithoutResult(status -> {
            jdbc.sql("select count(*) from audit_event").query(Long.class).single();
            trail.read(THERAPIST, "patient.read", patient, "patient", patient.toString());
        });

        assertThat(eventsFor(patient)).isEqualTo(1);
    }

    @Test
    void rollsBackAWritesEventWithTheWrite() {
        UUID patient = UUID.randomUUID();
        TransactionTemplate write = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> write.executeWithoutResult(status -> {
            trail.write(THERAPIST, "patient.updated", patient, "patient", patient.toString());
            assertThat(eventsFor(patient)).as("visible inside the write").isEqualTo(1);
            throw new IllegalStateException("the write fails");
        })).hasMessage("the write fails");

        assertThat(eventsFor(patient)).isZero();
    }

    @Test
    void commitsAWritesEventWithTheWrite() {
        UUID patient = UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(
                status -> trail.write(THERAPIST, "patient.updated", patient, "patient", patient.toString()));
        assertThat(eventsFor(patient)).isEqualTo(1);
    }

    private long eventsFor(UUID patient) {
        return jdbc.sql("select count(*) from audit_event where patient_id = ?").param(patient).query(Long.class)
                .single();
    }
}
