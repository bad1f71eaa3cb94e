package org.kneadwell.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Whether SMTP is configured, and the From address. */
@Component
class MailSettings {

    private final String host;
    private final String from;

    MailSettings(@Value("${spring.mail.host:}") String host,
            @Value("${kneadwell.mail.from:no-reply@kneadwell.invalid}") String from) {
        this.host = host;
        this.from = from;
    }

    boolean configured() {
        return !host.isBlank();
    }

    String from() {
        return from;
    }
}
