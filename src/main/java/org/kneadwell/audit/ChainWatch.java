package org.kneadwell.audit;

import org.kneadwell.audit.AuditSealer.ForgedEventsSealed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks the chain at start-up and then every hour (incrementally, from the last checkpoint), and at once
 * when the sealer has chained an event the application did not record. A break alerts the admins and takes
 * readiness down ({@link ChainStatus}).
 */
@Component
class ChainWatch {

    private static final Logger log = LoggerFactory.getLogger(ChainWatch.class);

    private final AuditVerifier verifier;

    ChainWatch(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @Scheduled(fixedDelayString = "${kneadwell.audit.verify-interval:PT1H}",
            initialDelayString = "${kneadwell.audit.verify-initial-delay:PT0S}")
    void checkOnSchedule() {
        try {
            verifier.verify();
        } catch (DataAccessException e) {
            log.warn("Audit chain not checked this time: {}", e.getClass().getSimpleName());
        }
    }

    @EventListener
    void on(ForgedEventsSealed forged) {
        checkOnSchedule();
    }
}
