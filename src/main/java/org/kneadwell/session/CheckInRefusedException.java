package org.kneadwell.session;

import java.util.Map;

/** A check-in that cannot be taken, with each field and what is wrong with it in words; nothing was stored. */
public class CheckInRefusedException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    CheckInRefusedException(Map<String, String> fieldErrors) {
        super("check-in refused " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
