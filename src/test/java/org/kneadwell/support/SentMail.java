package org.kneadwell.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail server of the application under test: keeps every e-mail the outbox sender hands over, so tests read
 * what a recipient would read (one-time links included, which nothing else holds).
 */
public class SentMail extends JavaMailSenderImpl {

    private static final Pattern INVITATION = Pattern.compile("/invitations/[A-Za-z0-9_-]+");
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(SimpleMailMessage simpleMessage) {
        sent.add(new SimpleMailMessage(simpleMessage));
    }

    @Override
    public void send(SimpleMailMessage... simpleMessages) {
        for (SimpleMailMessage message : simpleMessages) {
            send(message);
        }
    }

    /** Everything sent to the address so far, oldest first. */
    public List<SimpleMailMessage> to(String address) {
        return sent.stream().filter(m -> m.getTo() != null && List.of(m.getTo()).contains(address)).toList();
    }

    /** The path of the newest invitation link e-mailed to the address, waiting for the outbox sender if need be. */
    public String invitationPathTo(String address) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            List<SimpleMailMessage> mails = to(address);
            Optional<String> link = Optional.empty();
            for (int i = mails.size() - 1; i >= 0 && link.isEmpty(); i--) {
                Matcher m = INVITATION.matcher(mails.get(i).getText());
                link = m.find() ? Optional.of(m.group()) : Optional.empty();
            }
            if (link.isPresent()) {
                return link.get();
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("No invitation e-mailed to " + address + " within " + PATIENCE);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
