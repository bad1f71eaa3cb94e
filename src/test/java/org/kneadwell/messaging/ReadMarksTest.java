package org.kneadwell.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Read status per person: unread is what others wrote after the reader's mark, less what was retracted. */
class ReadMarksTest {

    private static final long JORDAN_ACCOUNT = 7;
    private static final UUID JORDAN = UUID.randomUUID();
    private static final UUID MAYA = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    private static Message message(long id, UUID author, boolean retracted) {
        return new Message(id, UUID.randomUUID(), 1, author, "someone", "THERAPIST", "text", AT.plusSeconds(id),
                retracted ? AT.plusSeconds(id + 10) : null, retracted ? author : null);
    }

    private final List<Message> thread = List.of(message(1, JORDAN, false), message(2, MAYA, false),
            message(3, MAYA, false), message(4, MAYA, true), message(5, JORDAN, false));

    @Test
    void everythingOthersWroteIsUnreadBeforeTheFirstVisit() {
        assertThat(ReadMarks.NONE.unread(JORDAN_ACCOUNT, JORDAN, thread)).isEqualTo(2);
    }

    @Test
    void onlyWhatCameAfterTheReadersMarkIsUnread() {
        ReadMarks marks = new ReadMarks(Map.of(JORDAN_ACCOUNT, 2L));

        assertThat(marks.unread(JORDAN_ACCOUNT, JORDAN, thread)).isEqualTo(1);
        assertThat(marks.hasSeen(JORDAN_ACCOUNT, thread.get(1))).isTrue();
        assertThat(marks.hasSeen(JORDAN_ACCOUNT, thread.get(2))).isFalse();
    }

    @Test
    void eachPersonHasTheirOwnMark() {
        ReadMarks marks = new ReadMarks(Map.of(JORDAN_ACCOUNT, 5L, 8L, 1L));

        assertThat(marks.unread(JORDAN_ACCOUNT, JORDAN, thread)).isZero();
        assertThat(marks.unread(8L, MAYA, thread)).as("Maya's own messages are never unread to her").isEqualTo(1);
    }
}
