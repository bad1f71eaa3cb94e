package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Reads are audited by the group-commit writer: many concurrent reads each have exactly their event, stored before
 * the answer left; a batch the database refuses fails its requests (an error answer without the record); and the
 * chain over group-committed events still verifies.
 */
@KneadwellTest
@DirtiesContext
class GroupCommitTest {

    private static final int CLIENTS = 16;
    private static final int READS_EACH = 25;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Totp totp;
    @Autowired AuditSealer sealer;
    @Autowired AuditVerifier verifier;
    @Autowired AuditWriter writer;

    @Test
    void everyAnsweredConcurrentReadHasItsEventAndTheChainVerifies() throws Exception {
        Api api = new Api(port);
        String token = api.token(Demo.THERAPIST, totp);
        UUID rosa = patient("Martinez");
        long before = reads(rosa);
        long[] countsBefore = writer.counts();

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> clients = new ArrayList<>();
        try {
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    int answered = 0;
                    for (int i = 0; i < READS_EACH; i++) {
                        HttpResponse<String> response = api.get("/api/v1/patients/" + rosa, token);
                        assertThat(response.statusCode()).isEqualTo(200);
                        // the event is committed before the answer leaves: it is visible once the answer is here
                        assertThat(reads(rosa)).isGreaterThan(before + answered);
                        answered++;
                    }
                    return answered;
                }));
            }
            int answered = 0;
            for (Future<Integer> client : clients) {
                answered += client.get(60, TimeUnit.SECONDS);
            }
            assertThat(reads(rosa) - before).as("one event per answered read").isEqualTo(answered);
        } finally {
            pool.shutdownNow();
        }
        long[] counts = writer.counts();
        assertThat(counts[1] - countsBefore[1]).as("events stored by the writer").isGreaterThanOrEqualTo(
                (long) CLIENTS * READS_EACH);

        sealer.sealPending();
        assertThat(jdbc.sql("select count(*) from audit_event where seq is null").query(Long.class).single()).isZero();
        Verification verification = verifier.verifyFully();
        assertThat(verification.intact()).as(verification.reason()).isTrue();
    }

    @Test
    void aBatchTheDatabaseRefusesFailsItsRequestsClosed() {
        Api api = new Api(port);
        String token = api.token(Demo.THERAPIST, totp);
        UUID rosa = patient("Martinez");
        HttpResponse<String> fine = api.get("/api/v1/patients/" + rosa, token);
        assertThat(fine.statusCode()).isEqualTo(200);
        assertThat(fine.body()).contains("Rosa");

        jdbc.sql("alter table audit_event rename to audit_event_away").update();
        HttpResponse<String> refused;
        try {
            refused = api.get("/api/v1/patients/" + rosa, token);
        } finally {
            jdbc.sql("alter table audit_event_away rename to audit_event").update();
        }

        assertThat(refused.statusCode()).isEqualTo(500);
        assertThat(refused.body()).contains("Internal error").doesNotContain("Rosa").doesNotContain("Martinez");
        assertThat(api.get("/api/v1/patients/" + rosa, token).statusCode()).as("again once the table is back")
                .isEqualTo(200);
    }

    private long reads(UUID patient) {
        return jdbc.sql("select count(*) from audit_event where patient_id = ? and action = 'patient.read'")
                .param(patient).query(Long.class).single();
    }

    private UUID patient(String family) {
        return jdbc.sql("select public_id from patient where family_name = ?").param(family).query(UUID.class)
                .single();
    }
}
