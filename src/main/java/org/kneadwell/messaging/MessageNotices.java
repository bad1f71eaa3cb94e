package org.kneadwell.messaging;

import java.util.List;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.notification.Alert.Severity;
import org.kneadwell.notification.Alerts;
import org.kneadwell.notification.WaitingMail;
import org.kneadwell.patient.Patient;
import org.springframework.stereotype.Component;

/**
 * Tells the others on a thread that a message is waiting: an in-app alert (who wrote, about whom) and an e-mail that
 * carries no clinical content at all, only that a message is waiting and the link to sign in and read it
 * ({@link WaitingMail}).
 */
@Component
class MessageNotices {

    private final Alerts alerts;
    private final WaitingMail mail;

    MessageNotices(Alerts alerts, WaitingMail mail) {
        this.alerts = alerts;
        this.mail = mail;
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
            mail.send(recipient, "mail.message", link);
        }
    }
}
