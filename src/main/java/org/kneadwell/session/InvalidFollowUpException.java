package org.kneadwell.session;

import java.util.Map;

/**
 * A follow-up answer or an adverse-event record that cannot be stored, with a message key per field that says why.
 * Nothing was stored.
 */
public class InvalidFollowUpException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidFollowUpException(Map<String, String> fieldErrors) {
        super("follow-up refused " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    InvalidFollowUpException(String field, String messageKey) {
        this(Map.of(field, messageKey));
    }

    /** Field name to message key, in the API's field names ({@code painNow}, {@code otherReactions[0].kind}). */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
