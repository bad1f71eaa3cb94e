package org.kneadwell.audit;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An audit action ({@code therapist.timeOff.add}) as staff read it ("Added time off"): its words from the
 * message bundle ({@code audit.action.<action>}), or, for an action without them, the action spelled out
 * ("Therapist: time off add"), never the dotted code. Pages call {@code ${@auditActions.of(action)}}.
 */
@Component("auditActions")
public class AuditActionWords {

    private final MessageSource messages;

    AuditActionWords(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String action) {
        if (action == null || action.isBlank()) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        String words = messages.getMessage("audit.action." + action, null, null, locale);
        return words != null ? words : spelledOut(action);
    }

    static String spelledOut(String action) {
        String[] parts = action.split("\\.");
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ENGLISH);
            if (i == 0) {
                words.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                words.append(parts.length > 1 ? ":" : "");
            } else {
                words.append(' ').append(part);
            }
        }
        return words.toString();
    }
}
