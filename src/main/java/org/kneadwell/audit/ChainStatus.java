package org.kneadwell.audit;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.kneadwell.shared.CareTeamAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The latest verdict on the chain, whoever asked for it (the scheduled check, the admin's pages). The first
 * time the chain is found broken at a sequence number, every active admin gets a pinned emergency alert (and
 * the e-mail saying an alert waits) naming that number; readiness reports DOWN while it stays broken.
 */
@Component
class ChainStatus {

    private static final Logger log = LoggerFactory.getLogger(ChainStatus.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private volatile Verification latest;
    private Long alertedAt;

    ChainStatus(JdbcClient jdbc, ApplicationEventPublisher events, MessageSource messages) {
        this.jdbc = jdbc;
        this.events = events;
        this.messages = messages;
    }

    Optional<Verification> latest() {
        return Optional.ofNullable(latest);
    }

    void record(Verification verification) {
        latest = verification;
        boolean raise;
        synchronized (this) {
            raise = !verification.intact() && !Objects.equals(alertedAt, verification.brokenAtSeq());
            alertedAt = verification.intact() ? null : verification.brokenAtSeq();
        }
        if (raise) {
            alertAdmins(verification);
        }
    }

    private void alertAdmins(Verification broken) {
        log.error("Audit chain {}", broken.reason());
        Set<Long> admins = Set.copyOf(jdbc.sql("select id from account where role = 'ADMIN' and status = 'ACTIVE'")
                .query(Long.class).list());
        if (admins.isEmpty()) {
            return;
        }
        String why = messages.getMessage("audit.chain.problem." + broken.problem().name(), null, Locale.ENGLISH);
        String message = messages.getMessage("audit.alert.broken", new Object[] { broken.brokenAtSeq(), why },
                Locale.ENGLISH);
        events.publishEvent(new CareTeamAlert(null, admins, CareTeamAlert.Level.EMERGENCY, message, "/admin/audit",
                true, true));
    }
}
