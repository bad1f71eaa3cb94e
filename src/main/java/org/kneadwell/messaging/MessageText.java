package org.kneadwell.messaging;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of what people type: a subject and a body, each required and limited in length. Text is kept exactly as
 * typed (only surrounding white space is trimmed); markup is never interpreted, pages show it as text.
 */
public final class MessageText {

    public static final int MAX_BODY = 10_000;
    public static final int MAX_SUBJECT = 200;

    private MessageText() {
    }

    /** The problems of a new thread's subject and first message (empty when both are fine). */
    public static List<FieldProblem> checkThread(String subject, String body) {
        List<FieldProblem> problems = new ArrayList<>();
        check("subject", subject, MAX_SUBJECT, "Give the conversation a subject.", problems);
        check("body", body, MAX_BODY, "Write a message.", problems);
        return problems;
    }

    /** The problems of a reply (empty when it is fine). */
    public static List<FieldProblem> checkBody(String body) {
        List<FieldProblem> problems = new ArrayList<>();
        check("body", body, MAX_BODY, "Write a message.", problems);
        return problems;
    }

    /** The text as stored: trimmed. */
    public static String clean(String text) {
        return text.strip();
    }

    private static void check(String field, String text, int max, String empty, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "messaging.error." + field + ".empty", empty));
        } else {
            String clean = clean(text);
            if (clean.codePointCount(0, clean.length()) > max) {
                problems.add(new FieldProblem(field, "messaging.error." + field + ".long",
                        "Keep it to " + String.format(java.util.Locale.ENGLISH, "%,d", max) + " characters or fewer."));
            }
        }
    }
}
