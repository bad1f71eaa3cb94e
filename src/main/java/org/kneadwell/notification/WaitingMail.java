package org.kneadwell.notification;

import java.util.Locale;

import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.PublicAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one kind of e-mail that tells someone a thing is waiting for them in Kneadwell (an urgent care-team alert, a
 * message): it names no patient and carries no clinical content, only a greeting, that something is waiting, and
 * the link to sign in. Its wording is the message source's {@code <key>.subject} (given the clinic's name) and
 * {@code <key>.body} (given the recipient's name and the link), in English like every e-mail.
 */
@Component
public class WaitingMail {

    private final Outbox outbox;
    private final AccountDirectory accounts;
    private final MessageSource messages;
    private final ClinicSettings clinic;
    private final PublicAddress address;

    WaitingMail(Outbox outbox, AccountDirectory accounts, MessageSource messages, ClinicSettings clinic,
            PublicAddress address) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.messages = messages;
        this.clinic = clinic;
        this.address = address;
    }

    /** Queues the e-mail for the account (nothing when there is no such account); {@code path} is where to go. */
    public void send(long recipient, String key, String path) {
        accounts.find(recipient).ifPresent(account -> outbox.record(account.email(),
                messages.getMessage(key + ".subject", new Object[] { clinic.name() }, Locale.ENGLISH),
                messages.getMessage(key + ".body", new Object[] { account.displayName(), address.base() + path },
                        Locale.ENGLISH)));
    }
}
