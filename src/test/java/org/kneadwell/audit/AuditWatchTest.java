package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kneadwell.shared.AuditEvent;
import org.kneadwell.shared.AuditEvent.Outcome;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The scheduled check: it reads only what was sealed since its last checkpoint, and when the chain breaks it
 * alerts the admins once, naming the first broken sequence number, and readiness goes DOWN until the chain
 * checks out again.
 */
@KneadwellTest
@TestPropertySource(properties = { "kneadwell.audit.seal-interval=PT1H", "kneadwell.audit.verify-interval=PT1H",
    "kneadwell.audit.verify-initial-delay=PT1H" })
@DirtiesContext
class AuditWatchTest {

    @LocalServerPort int port;
    @Autowired AuditTrail trail;
    @Autowired AuditSealer sealer;
    @Autowired AuditVerifier verifier;
    @Autowired ChainWatch watch;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;

    private BehindTheAppsBack back;

    @BeforeEach
    void checkpointAnIntactChain() {
        back = new BehindTheAppsBack(jdbc, dataSource, transactions);
        sealer.sealPending(); // what is waiting (the demo's writes), so that the last event chained is one recorded here
        record(5);
        sealer.sealPending();
        watch.checkOnSchedule();
        assertThat(readiness().statusCode()).as("ready while intact").isEqualTo(200);
    }

    @Test
    void checksOnlyTheEventsSealedSinceTheLastCheckpoint() {
        long before = lastSeq();
        record(3);
        sealer.sealPending();

        Verification verification = verifier.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.sealed()).isEqualTo(before + 3);
        assertThat(verification.walked()).as("the checkpoint's event, the one before it and the three new ones")
                .isEqualTo(2 + 3);
        assertThat(verifier.verify().walked()).as("nothing new").isEqualTo(2);
        assertThat(verifier.verifyFully().walked()).as("the full check reads everything").isEqualTo(before + 3);
    }

    @Test
    void aBreakFoundOnScheduleAlertsTheAdminsOnceAndTakesReadinessDown() {
        record(3);
        sealer.sealPending();
        long changed = lastSeq() - 1;
        back.run("update audit_event set outcome = 'SUCCESS', action = 'patient.exported' where seq = ?", changed);

        watch.checkOnSchedule();

        List<String> alerts = adminAlerts();
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0)).contains("sequence number " + changed).doesNotContain("patient.exported");
        HttpResponse<String> readiness = readiness();
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("DOWN");

        watch.checkOnSchedule();
        assertThat(adminAlerts()).as("one alert per break, not one per check").hasSize(1);

        back.run("update audit_event set outcome = 'SUCCESS', action = 'patient.read' where seq = ?", changed);
        watch.checkOnSchedule();
        assertThat(readiness().statusCode()).as("ready again once it checks out").isEqualTo(200);
        back.run("delete from alert where link = '/admin/audit'");
    }

    @Test
    void aChangeToTheCheckpointedEventIsCaughtWithoutAFullWalk() {
        long checkpointed = lastSeq();
        back.run("update audit_event set source_ip = '203.0.113.9' where seq = ?", checkpointed);
        Verification verification = verifier.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenAtSeq()).isEqualTo(checkpointed);
        assertThat(verification.walked()).isLessThanOrEqualTo(2);
        back.run("update audit_event set source_ip = '10.0.0.1' where seq = ?", checkpointed);
        assertThat(verifier.verify().intact()).isTrue();
        back.run("delete from alert where link = '/admin/audit'");
    }

    @Test
    void aForgedRowIsCheckedAndReportedAsSoonAsItIsSealed() {
        long seq = lastSeq() + 1;
        back.run("insert into audit_event (public_id, occurred_at, actor_role, action, outcome, entry_mac) "
                + "values (?, current_timestamp, 'ADMIN', 'patient.read', 'SUCCESS', ?)", UUID.randomUUID(),
                "0".repeat(64));

        sealer.sealPending();

        assertThat(adminAlerts()).singleElement().asString().contains("sequence number " + seq)
                .contains("not recorded by the application");
        assertThat(readiness().statusCode()).isEqualTo(503);
        back.run("delete from audit_event where seq = ?", seq);
        back.run("update audit_chain_head set last_seq = ?, last_hash = (select hash from audit_event where seq = ?) "
                + "where id = 1", seq - 1, seq - 1);
        watch.checkOnSchedule();
        assertThat(readiness().statusCode()).isEqualTo(200);
        back.run("delete from alert where link = '/admin/audit'");
    }

    private void record(int count) {
        UUID patient = UUID.randomUUID();
        for (int i = 0; i < count; i++) {
            trail.on(new AuditEvent(clock.instant(), UUID.randomUUID(), "THERAPIST", "patient.read", patient,
                    "patient", patient.toString(), "10.0.0.1", Outcome.SUCCESS));
        }
    }

    private long lastSeq() {
        return jdbc.sql("select last_seq from audit_chain_head where id = 1").query(Long.class).single();
    }

    private List<String> adminAlerts() {
        return jdbc.sql("select a.message from alert a join account c on c.id = a.account_id "
                + "where c.email = ? and a.link = '/admin/audit' and a.dismissed_at is null")
                .param(Demo.ADMIN).query(String.class).list();
    }

    private HttpResponse<String> readiness() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
