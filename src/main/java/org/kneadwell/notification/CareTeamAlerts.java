package org.kneadwell.notification;

import java.util.Locale;

import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.notification.Alert.Severity;
import org.kneadwell.shared.CareTeamAlert;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.PublicAddress;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers care-team alerts: an in-app alert per recipient, and for urgent ones an e-mail that carries no
 * patient data (only that an alert is waiting, and where to sign in).
 */
@Component
class CareTeamAlerts {

    private final Alerts alerts;
    private final Outbox outbox;
    private final AccountDirectory accounts;
    private final MessageSource messages;
    private final ClinicSettings clinic;
    private final PublicAddress address;

    CareTeamAlerts(Alerts alerts, Outbox outbox, AccountDirectory accounts, MessageSource messages,
            ClinicSettings clinic, PublicAddress address) {
        this.alerts = alerts;
        this.outbox = outbox;
        this.accounts = accounts;
        this.messages = messages;
        this.clinic = clinic;
        this.address = address;
    }

    @EventListener
    void on(CareTeamAlert alert) {
        for (long recipient : alert.recipients()) {
            alerts.raise(recipient, alert.patientId(), Severity.valueOf(alert.level().name()), alert.message(),
                    alert.link(), alert.pinned());
            if (alert.email()) {
                accounts.find(recipient).ifPresent(account -> outbox.record(account.email(),
                        messages.getMessage("mail.alert.subject", new Object[] { clinic.name() }, Locale.ENGLISH),
                        messages.getMessage("mail.alert.body", new Object[] { account.displayName(), address.base() + "/" },
                                Locale.ENGLISH)));
            }
        }
    }
}
