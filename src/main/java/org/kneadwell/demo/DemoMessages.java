package org.kneadwell.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.messaging.clinic.PastMessages;
import org.springframework.stereotype.Component;

/**
 * Conversations of the demo clinic (issue 13): Jordan asks Maya about stiffness after a session (answered, read by
 * all); Maya sends Jordan his stretches, retracts one message with a mistake within a minute and sends the corrected
 * one, and Dr Priya Shah's reply is still unread by Jordan; Priya and Maya discuss Aisha's foot sensation (her record
 * has no account); Tomas tells Maya about Kofi's flare, unread by Maya.
 */
@Component
class DemoMessages {

    private final PastMessages messages;
    private final Clock clock;

    DemoMessages(PastMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    void seed(CurrentUser jordanSelf, CurrentUser maya, CurrentUser priya, CurrentUser tomas, UUID jordan, UUID aisha,
            UUID kofi) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);

        Instant t = now.minus(Duration.ofDays(9)).minus(Duration.ofHours(5));
        UUID stiffness = messages.start(jordanSelf, jordan, "Stiffness after Tuesday's session",
                "Hi Maya, my lower back felt quite stiff the morning after Tuesday's session, but it eased by lunchtime. "
                        + "Is that normal? Should I do anything before next week?", t);
        t = t.plus(Duration.ofHours(3));
        messages.reply(maya, jordan, stiffness, """
                Hi Jordan, thanks for letting me know. Some stiffness for a day after deeper work is common, and easing \
                by midday is a good sign.

                Keep up the gentle walking, and a warm (not hot) pack for 15 minutes in the evening can help. If the \
                stiffness lasts more than two days, or you notice numbness, tingling or weakness in your legs, message \
                me here or call the clinic the same day.""", t);
        messages.read(priya, jordan, stiffness, t.plus(Duration.ofHours(1)));
        t = t.plus(Duration.ofHours(2));
        messages.reply(jordanSelf, jordan, stiffness, "Thanks, that helps. It was fine by Thursday. See you Tuesday!", t);
        messages.read(maya, jordan, stiffness, t.plus(Duration.ofMinutes(40)));
        messages.read(priya, jordan, stiffness, t.plus(Duration.ofHours(20)));

        t = now.minus(Duration.ofDays(2)).minus(Duration.ofHours(6));
        UUID stretches = messages.start(maya, jordan, "Your stretches between sessions",
                "Hi Jordan, as promised, here are the three stretches we talked about: knee-to-chest, cat-cow and the "
                        + "seated hamstring stretch.", t);
        t = t.plus(Duration.ofMinutes(1));
        UUID mistake = messages.reply(maya, jordan, stretches, "Hold each one for 2 minutes, five times a day.", t);
        messages.retract(maya, mistake, t.plus(Duration.ofMinutes(2)));
        t = t.plus(Duration.ofMinutes(3));
        messages.reply(maya, jordan, stretches, """
                Sorry, a slip in my last message: hold each stretch for 20 to 30 seconds, twice a day. Move slowly, \
                breathe out as you stretch, and stop if anything causes sharp pain.""", t);
        messages.read(jordanSelf, jordan, stretches, t.plus(Duration.ofHours(2)));
        t = t.plus(Duration.ofHours(20));
        messages.reply(priya, jordan, stretches, """
                I have looked over the plan and I am happy with these stretches alongside the massage sessions. Jordan, \
                please tell Maya at your next visit how they are going, and whether sitting at work is any easier.""", t);
        messages.read(maya, jordan, stretches, t.plus(Duration.ofHours(1)));

        t = now.minus(Duration.ofDays(4)).minus(Duration.ofHours(2));
        UUID feet = messages.start(priya, aisha, "Aisha: foot sensation before renewing clearance", """
                Maya, Aisha's clearance (Swedish, light pressure, feet excluded) expires soon. Before I renew it I would \
                like your notes on her foot sensation: any new numbness, skin changes or reports of burning pain?""", t);
        t = t.plus(Duration.ofHours(4));
        messages.reply(maya, aisha, feet, """
                No new numbness reported at her last session; skin on both feet looked intact at the start of the \
                session. I am keeping to the back and shoulders and avoiding the feet and lower legs as per the screen. \
                I will ask her again at the next session and note it.""", t);
        messages.read(priya, aisha, feet, t.plus(Duration.ofHours(3)));

        t = now.minus(Duration.ofHours(20));
        messages.start(tomas, kofi, "Kofi: rheumatoid arthritis flare at the weekend", """
                Maya, Kofi told me this morning that his hands and knees flared at the weekend and he has started a short \
                course of prednisolone from his GP. His back is no worse. Worth re-checking his screen before his next \
                session with you.""", t);
    }
}
