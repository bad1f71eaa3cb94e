package org.kneadwell.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.notification.Alert;
import org.kneadwell.notification.Alerts;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientNotFoundException;
import org.kneadwell.patient.PatientRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care-team thread use cases: listing a patient's threads, reading one (which moves the reader's read mark),
 * starting a thread, replying, retracting, and the unread counts of a home page. Every call asks
 * {@link PatientRecords#require} first (reading needs the clinical record, writing needs to add to it) and writes an
 * audit event; a thread or message of another patient is reported exactly like a missing one, and a refused request
 * stores nothing.
 */
@Service
public class Conversations {

    static final String THREAD = "message-thread";
    static final String MESSAGE = "message";
    static final String ATTACHMENT = "message-attachment";

    private final ThreadStore store;
    private final PatientRecords records;
    private final AuditTrail audit;
    private final Alerts alerts;
    private final MessageNotices notices;
    private final Clock clock;

    Conversations(ThreadStore store, PatientRecords records, AuditTrail audit, Alerts alerts, MessageNotices notices,
            Clock clock) {
        this.store = store;
        this.records = records;
        this.audit = audit;
        this.alerts = alerts;
        this.notices = notices;
        this.clock = clock;
    }

    /** The patient's threads, oldest first, each with its messages (newest last) and the caller's unread count. */
    @Transactional(readOnly = true)
    public List<ThreadView> threads(CurrentUser user, UUID patientId) {
        Patient patient = records.require(user, patientId, PatientAction.VIEW_CLINICAL);
        List<ThreadView> threads = viewsOf(user, patient, store.threadsOf(List.of(patientId)));
        audit.read(user, "messaging.threads.read", patientId, THREAD, String.valueOf(threads.size()));
        return threads;
    }

    /** The messages page: the caller's open urgent alerts about the patient, then the threads, latest activity first. */
    @Transactional(readOnly = true)
    public Inbox inbox(CurrentUser user, UUID patientId) {
        Patient patient = records.require(user, patientId, PatientAction.VIEW_CLINICAL);
        List<ThreadView> threads = new ArrayList<>(viewsOf(user, patient, store.threadsOf(List.of(patientId))));
        threads.sort(Comparator.comparing(ThreadView::lastAt).reversed());
        audit.read(user, "messaging.threads.read", patientId, THREAD, String.valueOf(threads.size()));
        return new Inbox(patientId, patient.displayName(), urgent(user, patientId), threads);
    }

    /** One thread, read: the caller's read mark moves to its newest message and their alerts about it are cleared. */
    @Transactional
    public ThreadPage read(CurrentUser user, UUID patientId, UUID threadId) {
        Patient patient = records.require(user, patientId, PatientAction.VIEW_CLINICAL);
        StoredThread thread = threadOf(user, patientId, threadId);
        ThreadView view = viewsOf(user, patient, List.of(thread)).get(0);
        List<Message> messages = store.messagesOf(List.of(thread.id()));
        if (!messages.isEmpty()) {
            store.markRead(thread.id(), user.accountId(), messages.get(messages.size() - 1).id(), clock.instant());
        }
        alerts.dismissLinked(user.accountId(), MessageNotices.link(patientId, threadId));
        audit.read(user, "messaging.thread.read", patientId, THREAD, threadId.toString());
        return new ThreadPage(patientId, patient.displayName(), urgent(user, patientId), view);
    }

    /** Starts a thread with its first message; the rest of the care team (and the patient) are told. */
    @Transactional
    public UUID start(CurrentUser user, UUID patientId, String subject, String body) {
        return startAt(user, patientId, subject, body, clock.instant(), true);
    }

    /**
     * Starts a thread whose first message carries a document (a progress report for the supervising clinician):
     * everyone on the thread, the patient included, can open it; it is stored as sent.
     */
    @Transactional
    public UUID startWithAttachment(CurrentUser user, UUID patientId, String subject, String body,
            Attachment attachment) {
        return startAt(user, patientId, subject, body, clock.instant(), true, attachment);
    }

    /** A document sent with a message in one of the patient's threads, for someone on the thread; else missing. */
    @Transactional(readOnly = true)
    public Attachment attachment(CurrentUser user, UUID patientId, UUID attachmentId) {
        records.require(user, patientId, PatientAction.VIEW_CLINICAL);
        ThreadStore.StoredAttachment stored = store.attachment(attachmentId)
                .orElseThrow(() -> missing(user, patientId, ATTACHMENT, attachmentId));
        Message message = store.message(stored.messageId()).orElseThrow();
        StoredThread thread = store.thread(message.threadId()).orElseThrow();
        if (!thread.patientId().equals(patientId) || message.retracted()) {
            throw missing(user, patientId, ATTACHMENT, attachmentId);
        }
        audit.read(user, "messaging.attachment.read", patientId, ATTACHMENT, attachmentId.toString());
        return stored.attachment();
    }

    UUID startAt(CurrentUser user, UUID patientId, String subject, String body, Instant at, boolean notify) {
        return startAt(user, patientId, subject, body, at, notify, null);
    }

    private UUID startAt(CurrentUser user, UUID patientId, String subject, String body, Instant at, boolean notify,
            Attachment attachment) {
        Patient patient = records.require(user, patientId, PatientAction.EDIT_CLINICAL);
        List<FieldProblem> problems = MessageText.checkThread(subject, body);
        if (!problems.isEmpty()) {
            throw new InvalidMessageException(problems);
        }
        UUID threadId = UUID.randomUUID();
        long thread = store.insertThread(threadId, patientId, MessageText.clean(subject), user.publicId(), at);
        audit.write(user, "messaging.thread.create", patientId, THREAD, threadId.toString());
        post(user, patient, thread, threadId, body, at, notify, attachment);
        return threadId;
    }

    /** Adds a message to a thread of the patient's; the others on the thread are told. */
    @Transactional
    public UUID reply(CurrentUser user, UUID patientId, UUID threadId, String body) {
        return replyAt(user, patientId, threadId, body, clock.instant(), true);
    }

    UUID replyAt(CurrentUser user, UUID patientId, UUID threadId, String body, Instant at, boolean notify) {
        Patient patient = records.require(user, patientId, PatientAction.EDIT_CLINICAL);
        StoredThread thread = threadOf(user, patientId, threadId);
        List<FieldProblem> problems = MessageText.checkBody(body);
        if (!problems.isEmpty()) {
            throw new InvalidMessageException(problems);
        }
        return post(user, patient, thread.id(), threadId, body, at, notify, null);
    }

    /**
     * Retracts the caller's own message within five minutes of sending; it is shown as retracted from then on (its text
     * stays in the record). Returns the message's thread. A message of a patient the caller may not see (or, when
     * {@code patientId} is given, of another patient) is reported as missing.
     */
    @Transactional
    public UUID retract(CurrentUser user, UUID messageId, UUID patientId) {
        return retractAt(user, messageId, patientId, clock.instant());
    }

    UUID retractAt(CurrentUser user, UUID messageId, UUID patientId, Instant at) {
        Message message = store.message(messageId).orElseThrow(() -> missing(user, patientId, MESSAGE, messageId));
        StoredThread thread = store.thread(message.threadId()).orElseThrow();
        if (patientId != null && !patientId.equals(thread.patientId())) {
            throw missing(user, patientId, MESSAGE, messageId);
        }
        records.require(user, thread.patientId(), PatientAction.EDIT_CLINICAL);
        Message retracted;
        try {
            retracted = message.retract(user.publicId(), at);
        } catch (RetractRefusedException refused) {
            audit.denied(user, "messaging.message.retract", thread.patientId(), MESSAGE, messageId.toString());
            throw refused;
        }
        if (!store.retract(retracted)) {
            throw new RetractRefusedException(RetractRefusedException.Reason.ALREADY_RETRACTED);
        }
        audit.write(user, "messaging.message.retract", thread.patientId(), MESSAGE, messageId.toString());
        return thread.publicId();
    }

    /** Marks the thread read by the caller up to its newest message at {@code at} (seeding a clinic's history). */
    void markReadAt(CurrentUser user, UUID patientId, UUID threadId, Instant at) {
        records.require(user, patientId, PatientAction.VIEW_CLINICAL);
        StoredThread thread = threadOf(user, patientId, threadId);
        List<Message> messages = store.messagesOf(List.of(thread.id()));
        if (!messages.isEmpty()) {
            store.markRead(thread.id(), user.accountId(), messages.get(messages.size() - 1).id(), at);
        }
    }

    /** Acknowledges one of the caller's open urgent alerts about the patient: who and when are recorded. */
    @Transactional
    public void acknowledge(CurrentUser user, UUID patientId, UUID alertId) {
        records.require(user, patientId, PatientAction.VIEW_CLINICAL);
        boolean open = urgent(user, patientId).stream().anyMatch(a -> a.id().equals(alertId));
        if (!open || !alerts.dismiss(user.accountId(), alertId)) {
            throw missing(user, patientId, "alert", alertId);
        }
        audit.write(user, "alert.acknowledge", patientId, "alert", alertId.toString());
    }

    /** For a home page: the caller's patients (or their own record) with unread messages. */
    @Transactional(readOnly = true)
    public List<Unread> unread(CurrentUser user) {
        List<Patient> patients = user.is(Role.PATIENT) ? records.ownRecord(user).stream().toList()
                : user.role().isStaff() && !user.is(Role.ADMIN) ? records.search(user, "") : List.of();
        Map<UUID, Patient> byId = patients.stream().collect(Collectors.toMap(Patient::publicId, Function.identity()));
        List<StoredThread> threads = store.threadsOf(byId.keySet());
        Map<Long, List<Message>> messages = store.messagesOf(threads.stream().map(StoredThread::id).toList()).stream()
                .collect(Collectors.groupingBy(Message::threadId));
        Map<Long, ReadMarks> marks = store.readMarks(messages.keySet());
        Map<UUID, int[]> counts = new LinkedHashMap<>();
        for (StoredThread thread : threads) {
            int unread = marks.getOrDefault(thread.id(), ReadMarks.NONE).unread(user.accountId(), user.publicId(),
                    messages.getOrDefault(thread.id(), List.of()));
            if (unread > 0) {
                int[] c = counts.computeIfAbsent(thread.patientId(), p -> new int[2]);
                c[0] += unread;
                c[1]++;
            }
        }
        audit.read(user, "messaging.unread.read", null, THREAD, String.valueOf(counts.size()));
        return counts.entrySet().stream().map(e -> new Unread(e.getKey(), byId.get(e.getKey()).displayName(),
                e.getValue()[0], e.getValue()[1])).toList();
    }

    private UUID post(CurrentUser user, Patient patient, long thread, UUID threadId, String body, Instant at,
            boolean notify, Attachment attachment) {
        UUID messageId = UUID.randomUUID();
        long id = store.insertMessage(messageId, thread, user.publicId(), user.displayName(), user.role().name(),
                MessageText.clean(body), at);
        store.markRead(thread, user.accountId(), id, at);
        audit.write(user, "messaging.message.create", patient.publicId(), MESSAGE, messageId.toString());
        if (attachment != null) {
            UUID attachmentId = UUID.randomUUID();
            store.insertAttachment(attachmentId, id, attachment);
            audit.write(user, "messaging.attachment.create", patient.publicId(), ATTACHMENT, attachmentId.toString());
        }
        if (notify) {
            notices.newMessage(user, patient, participants(patient).besides(user.accountId()), threadId);
        }
        return messageId;
    }

    private StoredThread threadOf(CurrentUser user, UUID patientId, UUID threadId) {
        return store.thread(threadId).filter(t -> t.patientId().equals(patientId))
                .orElseThrow(() -> missing(user, patientId, THREAD, threadId));
    }

    private PatientNotFoundException missing(CurrentUser user, UUID patientId, String type, UUID id) {
        audit.denied(user, "messaging." + type + ".find", patientId, type, id.toString());
        return new PatientNotFoundException();
    }

    private Participants participants(Patient patient) {
        return Participants.of(patient, records.careTeam(patient));
    }

    /** The caller's open alerts about the patient that must stay in sight until acknowledged. */
    private List<Alert> urgent(CurrentUser user, UUID patientId) {
        return alerts.openFor(user).stream().filter(a -> patientId.equals(a.patientId()))
                .filter(a -> a.pinned() || a.severity() != Alert.Severity.INFO).toList();
    }

    private List<ThreadView> viewsOf(CurrentUser user, Patient patient, List<StoredThread> threads) {
        if (threads.isEmpty()) {
            return List.of();
        }
        Participants people = participants(patient);
        Map<Long, List<Message>> messages = store.messagesOf(threads.stream().map(StoredThread::id).toList()).stream()
                .collect(Collectors.groupingBy(Message::threadId));
        Map<Long, ReadMarks> marks = store.readMarks(messages.keySet());
        Map<Long, List<Attachment.Listed>> attached = store.attachmentsOf(messages.values().stream()
                .flatMap(List::stream).map(Message::id).toList());
        Instant now = clock.instant();
        List<ThreadView> views = new ArrayList<>();
        for (StoredThread thread : threads) {
            List<Message> own = messages.getOrDefault(thread.id(), List.of());
            ReadMarks read = marks.getOrDefault(thread.id(), ReadMarks.NONE);
            List<MessageView> shown = own.stream().map(m -> new MessageView(m.publicId(), m.authorName(),
                    m.authorRole(), m.retracted() ? null : m.body(), m.sentAt(), m.retracted(), m.retractedAt(),
                    m.authorId().equals(user.publicId()), m.retractableBy(user.publicId(), now),
                    people.names().entrySet().stream()
                            .filter(p -> !p.getValue().equals(m.authorName()) && read.hasSeen(p.getKey(), m))
                            .map(Map.Entry::getValue).toList(),
                    m.retracted() ? List.of() : attached.getOrDefault(m.id(), List.of())))
                    .toList();
            views.add(new ThreadView(thread.publicId(), thread.patientId(), thread.subject(), thread.startedAt(),
                    own.isEmpty() ? null : own.get(0).authorName(), shown,
                    read.unread(user.accountId(), user.publicId(), own)));
        }
        return views;
    }
}
