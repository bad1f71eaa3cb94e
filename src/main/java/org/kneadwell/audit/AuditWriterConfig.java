package org.kneadwell.audit;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The group-commit writer, with how long a request waits for its event's batch before it fails closed. */
@Configuration(proxyBeanMethods = false)
class AuditWriterConfig {

    @Bean(destroyMethod = "close")
    AuditWriter auditWriter(DataSource dataSource, ChainHash macs, ChainTurns turns,
            @Value("${kneadwell.audit.write-timeout:PT10S}") Duration timeout) {
        return new AuditWriter(dataSource, macs, turns, timeout);
    }
}
