package org.kneadwell.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Care-team threads over the API (issue 13 item 4): a patient's threads with their messages and the caller's unread
 * count, starting a thread, replying, and retracting one's own message within five minutes. A retracted message has
 * no body here either. Bad input is problem JSON naming each field; a refused request stores nothing.
 */
@RestController
class MessagingApiController {

    private final Conversations conversations;

    MessagingApiController(Conversations conversations) {
        this.conversations = conversations;
    }

    record NewThread(String subject, String body) {
    }

    record NewMessage(String body) {
    }

    record Created(UUID id) {
    }

    record MessageJson(UUID id, String author, String authorRole, String body, Instant sentAt, boolean retracted,
            Instant retractedAt) {
        static MessageJson of(MessageView m) {
            return new MessageJson(m.id(), m.authorName(), m.authorRole(), m.body(), m.sentAt(), m.retracted(),
                    m.retractedAt());
        }
    }

    record ThreadJson(UUID id, String subject, Instant startedAt, int unread, List<MessageJson> messages) {
        static ThreadJson of(ThreadView t) {
            return new ThreadJson(t.id(), t.subject(), t.startedAt(), t.unread(),
                    t.messages().stream().map(MessageJson::of).toList());
        }
    }

    @GetMapping("/api/v1/patients/{id}/threads")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    List<ThreadJson> threads(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return conversations.threads(user, id).stream().map(ThreadJson::of).toList();
    }

    @PostMapping("/api/v1/patients/{id}/threads")
    @ResponseStatus(HttpStatus.CREATED)
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    Created start(@PathVariable UUID id, @RequestBody(required = false) NewThread request,
            @AuthenticationPrincipal CurrentUser user) {
        NewThread given = request == null ? new NewThread(null, null) : request;
        return new Created(conversations.start(user, id, given.subject(), given.body()));
    }

    @PostMapping("/api/v1/patients/{id}/threads/{tid}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    Created reply(@PathVariable UUID id, @PathVariable UUID tid, @RequestBody(required = false) NewMessage request,
            @AuthenticationPrincipal CurrentUser user) {
        return new Created(conversations.reply(user, id, tid, request == null ? null : request.body()));
    }

    @PostMapping("/api/v1/messages/{mid}/retract")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    ResponseEntity<Void> retract(@PathVariable UUID mid, @AuthenticationPrincipal CurrentUser user) {
        conversations.retract(user, mid, null);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(InvalidMessageException.class)
    ProblemDetail invalid(InvalidMessageException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some fields are missing or invalid; see errors. Nothing was stored.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", ex.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return problem;
    }

    @ExceptionHandler(RetractRefusedException.class)
    ProblemDetail refused(RetractRefusedException ex) {
        return switch (ex.reason()) {
            case NOT_AUTHOR -> problem(HttpStatus.FORBIDDEN, "Only the author may retract a message. Nothing changed.");
            case TOO_LATE -> problem(HttpStatus.CONFLICT,
                    "A message can be retracted only within 5 minutes of sending. Nothing changed.");
            case ALREADY_RETRACTED -> problem(HttpStatus.CONFLICT, "This message is already retracted.");
        };
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("Retraction refused");
        return problem;
    }
}
