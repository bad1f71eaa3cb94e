package org.kneadwell.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The patient's 48-hour follow-up page: the questions while it is open, their answers once given. */
@Controller
class FollowUpController {

    private final SessionFollowUps followUps;
    private final MessageSource messages;

    FollowUpController(SessionFollowUps followUps, MessageSource messages) {
        this.followUps = followUps;
        this.messages = messages;
    }

    @GetMapping("/appointments/{id}/follow-up")
    @RouteAccess(value = Audience.PATIENT, patientData = true)
    String page(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(followUps.of(user, id), FollowUpForm.empty(), Map.of(), model);
    }

    @PostMapping("/appointments/{id}/follow-up")
    @RouteAccess(value = Audience.PATIENT, patientData = true)
    String answer(@PathVariable UUID id, @RequestParam Map<String, String> values,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        FollowUpForm form = new FollowUpForm(values);
        try {
            followUps.answer(user, id, form.toInput());
        } catch (InvalidFollowUpException invalid) {
            return page(followUps.of(user, id), form, texts(form.formFields(invalid.fieldErrors())), model);
        }
        redirect.addFlashAttribute("notice", "followUp.thanks");
        return "redirect:/appointments/" + id + "/follow-up";
    }

    private String page(SessionFollowUps.State state, FollowUpForm form, Map<String, String> errors, Model model) {
        model.addAttribute("state", state);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("severities", List.of("NONE", "MILD", "MODERATE", "SEVERE"));
        model.addAttribute("otherKinds", ReactionKind.OTHERS);
        model.addAttribute("helpfulness", Helpfulness.values());
        return "session/follow-up";
    }

    private Map<String, String> texts(Map<String, String> keys) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> texts = new LinkedHashMap<>();
        keys.forEach((field, key) -> texts.put(field, messages.getMessage(key, null, key, locale)));
        return texts;
    }
}
