package org.kneadwell.messaging;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.notification.Alert.Severity;
import org.kneadwell.notification.Alerts;
import org.kneadwell.notification.Outbox;
import org.kneadwell.patient.Patient;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.PublicAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the others on a thread that a message is waiting: an in-app alert (who wrote, about whom) and an e-mail that
 * carries no clinical content at all, only that a message is waiting and the link to sign in and read it.
 */
@Component
class MessageNotices {

    private final Alerts alerts;
    private final Outbox outbox;
    private final AccountDirectory accounts;
    private final MessageSource messages;
    private final ClinicSettings clinic;
    private final PublicAddress address;

    MessageNotices(Alerts alerts, Outbox outbox, AccountDirectory accounts, MessageSource messages,
            ClinicSettings clinic, PublicAddress address) {
        this.alerts = alerts;
        this.outbox = outbox;
        this.accounts = accounts;
        this.messages = messages;
        this.clinic = clinic;
        this.address = address;
    }

    static String link(UUID patientId, UUID threadId) {
        return "/patients/" + patientId + "/threads/" + threadId;
    }

    void newMessage(CurrentUser author, Patient patient, List<Long> recipients, UUID threadId) {
        String link = link(patient.publicId(), threadId);
        for (long recipient : recipients) {
            boolean toPatient = patient.accountId() != null && patient.accountId() == recipient;
            alerts.raise(recipient, patient.publicId(), Severity.INFO, toPatient
                    ? author.displayName() + " sent you a message."
                    : author.displayName() + " wrote in a conversation about " + patient.displayName() + ".",
                    link, false);
            accounts.find(recipient).ifPresent(account -> outbox.record(account.email(),
                    messages.getMessage("mail.message.subject", new Object[] { clinic.name() }, Locale.ENGLISH),
                    messages.getMessage("mail.message.body", new Object[] { account.displayName(), address.base() + link },
                            Locale.ENGLISH)));
        }
    }
}
