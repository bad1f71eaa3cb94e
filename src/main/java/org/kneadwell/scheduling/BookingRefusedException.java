package org.kneadwell.scheduling;

import java.util.Map;

/**
 * A booking that cannot be made, with the field it concerns and a message key that says why and what to do next.
 * Nothing was saved. {@link #conflict()} marks a clash with another appointment (409 in the API).
 */
public class BookingRefusedException extends RuntimeException {

    private final Map<String, String> fieldErrors;
    private final boolean conflict;

    public BookingRefusedException(String field, String messageKey) {
        this(Map.of(field, messageKey), false);
    }

    BookingRefusedException(Map<String, String> fieldErrors, boolean conflict) {
        super("booking.refused " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.conflict = conflict;
    }

    static BookingRefusedException clash(String messageKey) {
        return new BookingRefusedException(Map.of("start", messageKey), true);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public boolean conflict() {
        return conflict;
    }
}
