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
 * <p>
 * One-time links (invitations) are never stored: the body keeps {@link #ONE_TIME_LINK} in their place and the
 * message names the invited account, for which {@link OutboxSender} mints the link at the moment it sends.
 */
@Service
public class Outbox {

    /** What the stored (and shown) body has where the e-mail itself carries a one-time link. */
    public static final String ONE_TIME_LINK = "[one-time link: only in the e-mail sent, never stored]";

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

    /**
     * Records an e-mail whose body holds {@link #ONE_TIME_LINK} where the invited account's link goes. It waits to
     * be sent even while SMTP is not configured: without the e-mail, there is no link anywhere.
     */
    @Transactional
    public UUID recordWithOneTimeLink(String recipient, String subject, String body, UUID invitedAccount) {
        if (!body.contains(ONE_TIME_LINK)) {
            throw new IllegalArgumentException("The body has no place for the one-time link");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into outbox_message (public_id, recipient, subject, body, created_at, status, one_time_link_account)
                values (?, ?, ?, ?, ?, 'PENDING', ?)""")
                .params(id, recipient, subject, body, utc(clock.instant()), invitedAccount)
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
