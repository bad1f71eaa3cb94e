package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every query an audited patient read (and the staff home) runs per request is answered from an index on
 * PostgreSQL. The demo tables are tiny, so the planner would scan them whatever the indexes; with sequential scans
 * priced out ({@code enable_seqscan = off}) a plan still shows a "Seq Scan" only where no index can answer the
 * query. PostgreSQL only (skipped on H2, like the append-only checks).
 */
@KneadwellTest
class HotQueriesUseIndexesTest {

    private static final UUID ANY = UUID.fromString("00000000-0000-0000-0000-000000000001");

    /** The hot queries as the application runs them, with example parameters. */
    private static final Map<String, String> HOT = Map.ofEntries(
            Map.entry("token", """
                    select a.id, a.public_id, a.email, a.display_name, a.role, t.expires_at from api_token t
                    join account a on a.id = t.account_id
                    where t.token_hash = 'x' and t.revoked_at is null and t.expires_at > now() and a.status = 'ACTIVE'"""),
            Map.entry("patient", "select * from patient where public_id = '" + ANY + "'"),
            Map.entry("membership", "select count(*) from care_team_member where patient_id = 1 and account_id = 2"),
            Map.entry("care team", """
                    select m.account_id, a.public_id, a.display_name, m.team_role, m.added_at
                    from care_team_member m join account a on a.id = m.account_id
                    where m.patient_id = 1 order by m.team_role, a.display_name"""),
            Map.entry("account", "select * from account where public_id = '" + ANY + "'"),
            Map.entry("latest resolution", "select * from clearance_decision where patient_id = '" + ANY + "' "
                    + "and decision in ('APPROVE', 'DECLINE', 'NOT_NEEDED') order by decided_at desc, id desc limit 1"),
            Map.entry("latest resolutions", "select * from clearance_decision where patient_id in ('" + ANY + "', '"
                    + UUID.randomUUID() + "') and decision in ('APPROVE', 'DECLINE', 'NOT_NEEDED')"),
            Map.entry("screens since", "select * from screening_result where patient_id = '" + ANY
                    + "' and id >= 0 order by id"),
            Map.entry("screens since, many", "select * from screening_result where (patient_id = '" + ANY
                    + "' and id >= 0) or (patient_id = '" + UUID.randomUUID() + "' and id >= 3) order by id"),
            Map.entry("appointments", "select * from appointment where patient_id = '" + ANY + "' order by starts_at"),
            Map.entry("alerts", "select * from alert where account_id = 1 and dismissed_at is null"),
            Map.entry("audit log of a patient", "select * from audit_event where patient_id = '" + ANY
                    + "' order by occurred_at desc, id desc limit 20"),
            Map.entry("unsealed events", "select * from audit_event where seq is null and hash is null "
                    + "and id > 1000 order by id limit 500"),
            Map.entry("any unsealed event", "select id from audit_event where seq is null and hash is null "
                    + "and id > 1000 order by id limit 1"));

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void noHotQueryScansATable() {
        assumeTrue(BehindTheAppsBack.isPostgres(dataSource), "EXPLAIN plans are PostgreSQL's");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Map<String, String> plans = transaction.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return HOT.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> String.join("\n", jdbc.sql("explain " + e.getValue()).query(String.class).list())));
        });
        List<String> scanning = plans.entrySet().stream().filter(e -> e.getValue().contains("Seq Scan"))
                .map(e -> e.getKey() + ":\n" + e.getValue()).toList();
        assertThat(scanning).as("plans with a sequential scan").isEmpty();
    }
}
