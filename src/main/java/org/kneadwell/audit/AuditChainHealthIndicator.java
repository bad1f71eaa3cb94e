package org.kneadwell.audit;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "auditChain" in the health groups (readiness includes it): DOWN while the last check found the chain broken,
 * with the first broken sequence number among the details (shown only where details are enabled).
 */
@Component
class AuditChainHealthIndicator implements HealthIndicator {

    private final ChainStatus status;

    AuditChainHealthIndicator(ChainStatus status) {
        this.status = status;
    }

    @Override
    public Health health() {
        return status.latest()
                .map(verification -> verification.intact() ? Health.up().withDetail("sealed", verification.sealed())
                        : Health.down().withDetail("brokenAtSeq", verification.brokenAtSeq())
                                .withDetail("problem", verification.problem().name()))
                .orElseGet(() -> Health.unknown().withDetail("checked", false)).build();
    }
}
