package org.kneadwell.screening;

import java.util.LinkedHashMap;
import java.util.Map;

/** A screening request with fields that are missing or invalid: field path (e.g. {@code conditions[1].code}) to message. */
public class InvalidScreeningRequestException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    InvalidScreeningRequestException(Map<String, String> fieldErrors) {
        super("Invalid screening request: " + fieldErrors.keySet());
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
