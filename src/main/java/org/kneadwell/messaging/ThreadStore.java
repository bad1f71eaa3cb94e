package org.kneadwell.messaging;

import static org.kneadwell.shared.SqlTime.instant;
import static org.kneadwell.shared.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Threads, messages and read marks. Messages are inserted and, at most once, marked retracted; never deleted. */
@Repository
class ThreadStore {

    private final JdbcClient jdbc;

    ThreadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertThread(UUID publicId, UUID patientId, String subject, UUID startedBy, Instant at) {
        jdbc.sql("insert into message_thread (public_id, patient_id, subject, started_by, started_at) values (?, ?, ?, ?, ?)")
                .params(publicId, patientId, subject, startedBy, utc(at)).update();
        return jdbc.sql("select id from message_thread where public_id = ?").param(publicId).query(Long.class).single();
    }

    long insertMessage(UUID publicId, long threadId, UUID authorId, String authorName, String authorRole, String body,
            Instant at) {
        jdbc.sql("""
                insert into message (public_id, thread_id, author_id, author_name, author_role, body, sent_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(publicId, threadId, authorId, authorName, authorRole, body, utc(at)).update();
        return jdbc.sql("select id from message where public_id = ?").param(publicId).query(Long.class).single();
    }

    void insertAttachment(UUID publicId, long messageId, Attachment attachment) {
        jdbc.sql("""
                insert into message_attachment (public_id, message_id, file_name, content_type, size_bytes, sha256,
                    content)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(publicId, messageId, attachment.fileName(), attachment.contentType(),
                        attachment.content().length, sha256(attachment.content()), attachment.content())
                .update();
    }

    /** The attachments of these messages, by message id. */
    Map<Long, List<Attachment.Listed>> attachmentsOf(Collection<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select message_id, public_id, file_name, size_bytes from message_attachment
                where message_id in (:ids) order by id""")
                .param("ids", messageIds)
                .query((rs, row) -> Map.entry(rs.getLong("message_id"), new Attachment.Listed(
                        rs.getObject("public_id", UUID.class), rs.getString("file_name"), rs.getInt("size_bytes"))))
                .list().stream().collect(java.util.stream.Collectors.groupingBy(Map.Entry::getKey,
                        java.util.stream.Collectors.mapping(Map.Entry::getValue, java.util.stream.Collectors.toList())));
    }

    /** An attachment with the message it came with. */
    record StoredAttachment(long messageId, Attachment attachment) {
    }

    Optional<StoredAttachment> attachment(UUID publicId) {
        return jdbc.sql("select message_id, file_name, content_type, content from message_attachment where public_id = ?")
                .param(publicId).query((rs, row) -> new StoredAttachment(rs.getLong("message_id"),
                        new Attachment(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content"))))
                .optional();
    }

    Optional<Message> message(long id) {
        return jdbc.sql("select * from message where id = ?").param(id).query(ThreadStore::message).optional();
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    List<StoredThread> threadsOf(Collection<UUID> patients) {
        if (patients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from message_thread where patient_id in (:patients) order by started_at, id")
                .param("patients", patients).query(ThreadStore::thread).list();
    }

    Optional<StoredThread> thread(UUID publicId) {
        return jdbc.sql("select * from message_thread where public_id = ?").param(publicId).query(ThreadStore::thread)
                .optional();
    }

    Optional<StoredThread> thread(long id) {
        return jdbc.sql("select * from message_thread where id = ?").param(id).query(ThreadStore::thread).optional();
    }

    /** The messages of the threads, oldest first. */
    List<Message> messagesOf(Collection<Long> threads) {
        if (threads.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from message where thread_id in (:threads) order by id")
                .param("threads", threads).query(ThreadStore::message).list();
    }

    Optional<Message> message(UUID publicId) {
        return jdbc.sql("select * from message where public_id = ?").param(publicId).query(ThreadStore::message)
                .optional();
    }

    /** Marks the message retracted unless it already is; false if someone was first. */
    boolean retract(Message retracted) {
        return jdbc.sql("update message set retracted_at = ?, retracted_by = ? where id = ? and retracted_at is null")
                .params(utc(retracted.retractedAt()), retracted.retractedBy(), retracted.id()).update() == 1;
    }

    /** The read marks of each thread. */
    Map<Long, ReadMarks> readMarks(Collection<Long> threads) {
        Map<Long, Map<Long, Long>> marks = new HashMap<>();
        if (!threads.isEmpty()) {
            jdbc.sql("select thread_id, account_id, read_up_to from message_read where thread_id in (:threads)")
                    .param("threads", threads)
                    .query(rs -> {
                        marks.computeIfAbsent(rs.getLong("thread_id"), t -> new HashMap<>())
                                .put(rs.getLong("account_id"), rs.getLong("read_up_to"));
                    });
        }
        Map<Long, ReadMarks> result = new HashMap<>();
        marks.forEach((thread, upTo) -> result.put(thread, new ReadMarks(upTo)));
        return result;
    }

    /** Moves the reader's mark forward to {@code upTo} (never back). */
    void markRead(long threadId, long accountId, long upTo, Instant at) {
        int moved = jdbc.sql("""
                update message_read set read_up_to = ?, read_at = ?
                where thread_id = ? and account_id = ? and read_up_to < ?""")
                .params(upTo, utc(at), threadId, accountId, upTo).update();
        if (moved == 0 && jdbc.sql("select count(*) from message_read where thread_id = ? and account_id = ?")
                .params(threadId, accountId).query(Long.class).single() == 0) {
            jdbc.sql("insert into message_read (thread_id, account_id, read_up_to, read_at) values (?, ?, ?, ?)")
                    .params(threadId, accountId, upTo, utc(at)).update();
        }
    }

    private static StoredThread thread(ResultSet rs, int row) throws SQLException {
        return new StoredThread(rs.getLong("id"), rs.getObject("public_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getString("subject"), rs.getObject("started_by", UUID.class),
                instant(rs, "started_at"));
    }

    private static Message message(ResultSet rs, int row) throws SQLException {
        return new Message(rs.getLong("id"), rs.getObject("public_id", UUID.class), rs.getLong("thread_id"),
                rs.getObject("author_id", UUID.class), rs.getString("author_name"), rs.getString("author_role"),
                rs.getString("body"), instant(rs, "sent_at"), instant(rs, "retracted_at"),
                rs.getObject("retracted_by", UUID.class));
    }
}
