package org.kneadwell.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.kneadwell.identity.AccountInvited;
import org.kneadwell.identity.AccountActivated;
import org.kneadwell.notification.Alert.Severity;
import org.kneadwell.shared.ClinicSettings;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns invitations into e-mails, and tells whoever invited someone when they have activated their account. */
@Component
class InvitationMail {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH);

    private final Outbox outbox;
    private final Alerts alerts;
    private final MessageSource messages;
    private final ClinicSettings clinic;

    InvitationMail(Outbox outbox, Alerts alerts, MessageSource messages, ClinicSettings clinic) {
        this.outbox = outbox;
        this.alerts = alerts;
        this.messages = messages;
        this.clinic = clinic;
    }

    @EventListener
    void on(AccountInvited invited) {
        ZoneId zone = clinic.zone();
        String subject = messages.getMessage("mail.invitation.subject", new Object[] { clinic.name() }, Locale.ENGLISH);
        String body = messages.getMessage("mail.invitation.body", new Object[] { invited.displayName(), clinic.name(),
                Outbox.ONE_TIME_LINK, DAY.format(invited.expiresAt().atZone(zone)) + " (" + zone.getId() + ")" },
                Locale.ENGLISH);
        outbox.recordWithOneTimeLink(invited.email(), subject, body, invited.account());
    }

    @EventListener
    void on(AccountActivated activated) {
        if (activated.invitedBy() != null) {
            alerts.raise(activated.invitedBy(), null, Severity.INFO, messages.getMessage("alert.accountActivated",
                    new Object[] { activated.displayName() }, Locale.ENGLISH), null, false);
        }
    }
}
