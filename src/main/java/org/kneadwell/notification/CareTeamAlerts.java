package org.kneadwell.notification;

import org.kneadwell.notification.Alert.Severity;
import org.kneadwell.shared.CareTeamAlert;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers care-team alerts: an in-app alert per recipient, and for urgent ones an e-mail that carries no
 * patient data (only that an alert is waiting, and where to sign in: {@link WaitingMail}).
 */
@Component
class CareTeamAlerts {

    private final Alerts alerts;
    private final WaitingMail mail;

    CareTeamAlerts(Alerts alerts, WaitingMail mail) {
        this.alerts = alerts;
        this.mail = mail;
    }

    @EventListener
    void on(CareTeamAlert alert) {
        for (long recipient : alert.recipients()) {
            alerts.raise(recipient, alert.patientId(), Severity.valueOf(alert.level().name()), alert.message(),
                    alert.link(), alert.pinned());
            if (alert.email()) {
                mail.send(recipient, "mail.alert", "/");
            }
        }
    }
}
