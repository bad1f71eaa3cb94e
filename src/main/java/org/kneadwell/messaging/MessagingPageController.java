package org.kneadwell.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The messages pages of a patient: the list of threads (urgent alerts pinned on top, a new-thread form below) and
 * one thread with its reply form. Refused input is shown beside its field with what was typed kept.
 */
@Controller
class MessagingPageController {

    private final Conversations conversations;

    MessagingPageController(Conversations conversations) {
        this.conversations = conversations;
    }

    record ThreadForm(String subject, String body) {
    }

    @GetMapping("/patients/{id}/messages")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String inbox(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return inboxPage(model, conversations.inbox(user, id), new ThreadForm("", ""), Map.of());
    }

    @PostMapping("/patients/{id}/threads")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String start(@PathVariable UUID id, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String body, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        try {
            UUID thread = conversations.start(user, id, subject, body);
            redirect.addFlashAttribute("notice", "messaging.sent");
            return "redirect:/patients/" + id + "/threads/" + thread;
        } catch (InvalidMessageException invalid) {
            return inboxPage(model, conversations.inbox(user, id), new ThreadForm(subject, body), errors(invalid));
        }
    }

    /** A document sent in one of the patient's threads, for the people on it (the route names the patient). */
    @GetMapping("/patients/{id}/attachments/{attachment}")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachment,
            @AuthenticationPrincipal CurrentUser user) {
        Attachment found = conversations.attachment(user, id, attachment);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(found.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(found.fileName()).build().toString())
                .body(found.content());
    }

    @GetMapping("/patients/{id}/threads/{tid}")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String thread(@PathVariable UUID id, @PathVariable UUID tid, @AuthenticationPrincipal CurrentUser user, Model model) {
        return threadPage(model, conversations.read(user, id, tid), "", Map.of());
    }

    @PostMapping("/patients/{id}/threads/{tid}/messages")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String reply(@PathVariable UUID id, @PathVariable UUID tid, @RequestParam(required = false) String body,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            conversations.reply(user, id, tid, body);
            redirect.addFlashAttribute("notice", "messaging.sent");
            return "redirect:/patients/" + id + "/threads/" + tid + "#latest";
        } catch (InvalidMessageException invalid) {
            return threadPage(model, conversations.read(user, id, tid), body, errors(invalid));
        }
    }

    @PostMapping("/patients/{id}/messages/{mid}/retract")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String retract(@PathVariable UUID id, @PathVariable UUID mid, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        try {
            UUID thread = conversations.retract(user, mid, id);
            redirect.addFlashAttribute("notice", "messaging.retracted");
            return "redirect:/patients/" + id + "/threads/" + thread;
        } catch (RetractRefusedException refused) {
            redirect.addFlashAttribute("problem", "messaging.retract." + refused.reason().name());
            return "redirect:/patients/" + id + "/messages";
        }
    }

    @PostMapping("/patients/{id}/alerts/{alert}/acknowledge")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String acknowledge(@PathVariable UUID id, @PathVariable UUID alert, @RequestParam(required = false) UUID thread,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        conversations.acknowledge(user, id, alert);
        redirect.addFlashAttribute("notice", "messaging.acknowledged");
        return "redirect:/patients/" + id + (thread == null ? "/messages" : "/threads/" + thread);
    }

    private static Map<String, String> errors(InvalidMessageException invalid) {
        Map<String, String> errors = new LinkedHashMap<>();
        invalid.problems().forEach(p -> errors.putIfAbsent(p.field(), p.key()));
        return errors;
    }

    private String inboxPage(Model model, Inbox inbox, ThreadForm form, Map<String, String> errors) {
        model.addAttribute("inbox", inbox);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("maxBody", MessageText.MAX_BODY);
        model.addAttribute("maxSubject", MessageText.MAX_SUBJECT);
        return "messaging/inbox";
    }

    private String threadPage(Model model, ThreadPage page, String body, Map<String, String> errors) {
        model.addAttribute("page", page);
        model.addAttribute("body", body);
        model.addAttribute("errors", errors);
        model.addAttribute("maxBody", MessageText.MAX_BODY);
        return "messaging/thread";
    }
}
