package org.kneadwell.notification;

import static org.kneadwell.shared.SqlTime.utc;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.identity.Invitations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers PENDING outbox messages over SMTP, retrying a few times; logs ids only, never addresses or content.
 * A message for an invitation gets its one-time link minted here, into the e-mail only: each attempt mints a new
 * link (the previous one stops working), and a withdrawn or expired invitation cancels the message.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final Optional<JavaMailSender> mailSender;
    private final MailSettings settings;
    private final Invitations invitations;
    private final Clock clock;

    OutboxSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, MailSettings settings,
            Invitations invitations, Clock clock) {
        this.jdbc = jdbc;
        this.invitations = invitations;
        this.mailSender = Optional.ofNullable(mailSender.getIfAvailable());
        this.settings = settings;
        this.clock = clock;
    }

    private record Pending(long id, String recipient, String subject, String body, int attempts,
            UUID oneTimeLinkAccount) {
    }

    @Scheduled(fixedDelayString = "${kneadwell.mail.send-interval:PT30S}")
    void sendPending() {
        if (mailSender.isEmpty() || !settings.configured()) {
            return;
        }
        List<Pending> pending = jdbc.sql("""
                select id, recipient, subject, body, attempts, one_time_link_account from outbox_message
                where status = 'PENDING' order by id limit 50""")
                .query((rs, i) -> new Pending(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getInt("attempts"), rs.getObject("one_time_link_account", UUID.class)))
                .list();
        for (Pending message : pending) {
            send(message);
        }
    }

    private void send(Pending message) {
        String text = message.body();
        if (message.oneTimeLinkAccount() != null) {
            Optional<String> link = invitations.mintLinkForDelivery(message.oneTimeLinkAccount());
            if (link.isEmpty()) {
                jdbc.sql("update outbox_message set status = 'CANCELLED' where id = ?").param(message.id()).update();
                return;
            }
            text = text.replace(Outbox.ONE_TIME_LINK, link.get());
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(settings.from());
        mail.setTo(message.recipient());
        mail.setSubject(message.subject());
        mail.setText(text);
        try {
            mailSender.get().send(mail);
            jdbc.sql("update outbox_message set status = 'SENT', sent_at = ?, attempts = attempts + 1 where id = ?")
                    .params(utc(clock.instant()), message.id()).update();
        } catch (MailException e) {
            boolean giveUp = message.attempts() + 1 >= MAX_ATTEMPTS;
            log.warn("Outbox message {} not sent (attempt {}): {}", message.id(), message.attempts() + 1,
                    e.getClass().getSimpleName());
            String error = e.getClass().getSimpleName();
            jdbc.sql("update outbox_message set status = ?, attempts = attempts + 1, last_error = ? where id = ?")
                    .params(giveUp ? "FAILED" : "PENDING", error, message.id()).update();
        }
    }
}
