package org.kneadwell.messaging;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Read status of one thread: for each reader (account id), the newest message they have seen. A message is unread
 * for a reader when it is newer than their mark, someone else wrote it, and it has not been retracted.
 */
public record ReadMarks(Map<Long, Long> upTo) {

    public static final ReadMarks NONE = new ReadMarks(Map.of());

    public ReadMarks {
        upTo = Map.copyOf(upTo);
    }

    public int unread(long readerAccount, UUID readerId, List<Message> messages) {
        long mark = upTo.getOrDefault(readerAccount, 0L);
        return (int) messages.stream()
                .filter(m -> m.id() > mark && !m.authorId().equals(readerId) && !m.retracted())
                .count();
    }

    public boolean hasSeen(long readerAccount, Message message) {
        return upTo.getOrDefault(readerAccount, 0L) >= message.id();
    }
}
