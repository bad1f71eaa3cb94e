package org.kneadwell.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.messaging.RetractRefusedException.Reason;

/** The retract window: the author, once, within five minutes; the text stays in the record. */
class MessageTest {

    private static final Instant SENT = Instant.parse("2026-12-01T14:02:00Z");
    private static final UUID MAYA = UUID.randomUUID();
    private static final UUID JORDAN = UUID.randomUUID();

    private static Message sentByMaya() {
        return new Message(1, UUID.randomUUID(), 7, MAYA, "Maya Chen", "THERAPIST", "Hold each for 2 minutes.", SENT,
                null, null);
    }

    @Test
    void theAuthorRetractsWithinFiveMinutesAndTheTextIsKept() {
        Message retracted = sentByMaya().retract(MAYA, SENT.plus(Duration.ofMinutes(4)));

        assertThat(retracted.retracted()).isTrue();
        assertThat(retracted.retractedBy()).isEqualTo(MAYA);
        assertThat(retracted.retractedAt()).isEqualTo(SENT.plus(Duration.ofMinutes(4)));
        assertThat(retracted.body()).isEqualTo("Hold each for 2 minutes.");
    }

    @Test
    void exactlyFiveMinutesAfterSendingIsStillInTime() {
        assertThat(sentByMaya().retractableBy(MAYA, SENT.plus(Message.RETRACT_WINDOW))).isTrue();
    }

    @Test
    void refusesARetractionAfterFiveMinutes() {
        assertThatThrownBy(() -> sentByMaya().retract(MAYA, SENT.plus(Duration.ofMinutes(5)).plusSeconds(1)))
                .isInstanceOfSatisfying(RetractRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LATE));
    }

    @Test
    void refusesARetractionBySomeoneElse() {
        assertThatThrownBy(() -> sentByMaya().retract(JORDAN, SENT.plusSeconds(30)))
                .isInstanceOfSatisfying(RetractRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AUTHOR));
        assertThat(sentByMaya().retractableBy(JORDAN, SENT.plusSeconds(30))).isFalse();
    }

    @Test
    void aMessageIsRetractedOnlyOnce() {
        Message retracted = sentByMaya().retract(MAYA, SENT.plusSeconds(30));
        assertThatThrownBy(() -> retracted.retract(MAYA, SENT.plusSeconds(60)))
                .isInstanceOfSatisfying(RetractRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_RETRACTED));
    }
}
