package org.kneadwell.notification;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every e-mail the clinic sends is recorded here first, in the sender's transaction. When SMTP is configured
 * ({@code spring.mail.host}) {@link OutboxSender} delivers PENDING messages; otherwise they are kept as RECORDED
 * so an admin can read them. E-mails never carry patient data: only a greeting, a reason and a link.
 */
@Service
public class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean smtpConfigured;

    Outbox(JdbcClient jdbc, Clock clock, MailSettings mail) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.smtpConfigured = mail.configured();
    }

    @Transactional
    public UUID record(String recipient, String subject, String body) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into outbox_message (public_id, recipient, subject, body, created_at, status) values (?, ?, ?, ?, ?, ?)")
                .params(id, recipient, subject, body, utc(clock.instant()), smtpConfigured ? "PENDING" : "RECORDED")
                .update();
        return id;
    }

    @Transactional(readOnly = true)
    public List<OutboxMessage> latest(int limit) {
        return jdbc.sql("""
                select public_id, recipient, subject, body, created_at, status, sent_at, last_error
                from outbox_message order by id desc limit ?""")
                .param(limit)
                .query((rs, i) -> new OutboxMessage(rs.getObject("public_id", UUID.class), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), instant(rs, "created_at"),
                        rs.getString("status"), instant(rs, "sent_at"), rs.getString("last_error")))
                .list();
    }

    /** Messages per status, for the admin's clinic-health panel. */
    @Transactional(readOnly = true)
    public Map<String, Long> countsByStatus() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.sql("select status, count(*) as n from outbox_message group by status")
                .query(rs -> {
                    counts.put(rs.getString("status"), rs.getLong("n"));
                });
        return counts;
    }

    public boolean smtpConfigured() {
        return smtpConfigured;
    }
}
