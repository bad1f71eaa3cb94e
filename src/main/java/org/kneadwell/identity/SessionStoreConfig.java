package org.kneadwell.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * On PostgreSQL, session attributes are written with an upsert, so two requests of one session that save the
 * same attribute at once (a page and its favicon, say) do not collide on the primary key.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    @Bean
    @ConditionalOnExpression("'${spring.datasource.url}'.startsWith('jdbc:postgresql:')")
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
