package org.kneadwell.audit;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The audit module's parts wired by hand on a private database, as the application wires them: the tests of the
 * chain's upgrade and of the sealer's turns use it. Closing it stops the writer.
 */
record AuditOnItsOwn(AuditWriter writer, AuditTrail trail, AuditSealer sealer, AuditVerifier verifier)
        implements AutoCloseable {

    static AuditOnItsOwn on(DataSource dataSource, ChainHash macs, ChainTurns turns, ApplicationEventPublisher events,
            Clock clock) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        AuditWriter writer = new AuditWriter(dataSource, macs, turns, Duration.ofSeconds(20));
        return new AuditOnItsOwn(writer, new AuditTrail(jdbc, macs, clock, writer),
                new AuditSealer(jdbc, new JdbcTemplate(dataSource), macs, events, transactions, turns),
                new AuditVerifier(jdbc, macs, new ChainStatus(jdbc, event -> { }, new StaticMessageSource()),
                        new Checkpoint(jdbc, macs, clock, transactions), clock, transactions));
    }

    @Override
    public void close() {
        writer.close();
    }
}
