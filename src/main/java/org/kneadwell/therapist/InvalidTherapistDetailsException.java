package org.kneadwell.therapist;

import java.util.Map;

/** Input that breaks a directory rule (end before start, overlapping hours), as field name to message key. */
public class InvalidTherapistDetailsException extends RuntimeException {

    private final transient Map<String, String> fieldErrors;

    public InvalidTherapistDetailsException(Map<String, String> fieldErrors) {
        super("Invalid therapist details: " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    static InvalidTherapistDetailsException of(String field, String key) {
        return new InvalidTherapistDetailsException(Map.of(field, key));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
