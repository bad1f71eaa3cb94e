package org.kneadwell.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL refuses changes to a signed note behind the application's back (V14_1): its content, its treatment
 * rows, deleting it, and changing an addendum; only voiding a signed note passes. Skipped on H2.
 */
// A demo clinic of its own: the test voids one of Hannah Schmidt's signed notes, which other tests read.
@org.springframework.test.context.TestPropertySource(properties = "kneadwell.test.database=signed-note-lock")
@KneadwellTest
class SignedNoteLockTest {

    @Autowired
    JdbcClient jdbc;

    private boolean postgres() {
        return jdbc.sql("select count(*) from information_schema.routines where routine_name = 'session_note_locked'")
                .query(Long.class).single() > 0;
    }

    @Test
    void postgresRefusesChangingOrDeletingASignedNote() {
        assumeTrue(postgres(), "the lock trigger is PostgreSQL's");
        // Hannah Schmidt's signed note (demo), which no other test of this context relies on staying signed.
        UUID signed = jdbc.sql("select n.public_id from session_note n join patient p on p.public_id = n.patient_id "
                + "where p.given_name = 'Hannah' and n.status = 'SIGNED' order by n.id limit 1").query(UUID.class).single();
        long id = jdbc.sql("select id from session_note where public_id = ?").param(signed).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update session_note set pain_after = 0 where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("signed session note");
        assertThatThrownBy(() -> jdbc.sql("update session_note set status = 'DRAFT' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from session_note where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update session_treatment set pressure = 5 where note_id = ?").param(id)
                .update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("signed");
        assertThatThrownBy(() -> jdbc.sql("delete from session_treatment where note_id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into session_treatment (note_id, position, technique, regions, "
                + "pressure, minutes) values (?, 99, 'SWEDISH', 'NECK', 1, 5)").param(id).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update session_note set status = 'VOIDED', voided_at = now(), "
                + "void_reason = 'x', pain_before = 0 where id = ?").param(id).update())
                .as("a void that also changes content").isInstanceOf(DataAccessException.class);

        assertThat(jdbc.sql("update session_note set status = 'VOIDED', voided_at = now(), void_reason = 'test' "
                + "where id = ?").param(id).update()).as("voiding alone passes").isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("update session_note set void_reason = 'other' where id = ?").param(id)
                .update()).as("a voided note never changes").isInstanceOf(DataAccessException.class);
    }

    @Test
    void theDemoHasSignedNotesToLock() {
        assertThat(jdbc.sql("select count(*) from session_note where status in ('SIGNED', 'VOIDED')")
                .query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }
}
