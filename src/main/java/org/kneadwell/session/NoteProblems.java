package org.kneadwell.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A refusal's problems in words, by field (for a page beside each field, for the API in {@code errors}). */
@Component
class NoteProblems {

    private final MessageSource messages;

    NoteProblems(MessageSource messages) {
        this.messages = messages;
    }

    String message(NoteProblem problem, Locale locale) {
        return messages.getMessage(problem.key(), problem.args().toArray(), problem.key(), locale);
    }

    /** Field to its messages, in the order found. */
    Map<String, List<String>> byField(List<NoteProblem> problems, Locale locale) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (NoteProblem problem : problems) {
            byField.computeIfAbsent(problem.field(), f -> new java.util.ArrayList<>()).add(message(problem, locale));
        }
        return byField;
    }
}
