package org.kneadwell.clearance;

import java.util.Map;

/** A decision or request that cannot be accepted; maps each offending field to a message key. Nothing was saved. */
public class InvalidDecisionException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidDecisionException(Map<String, String> fieldErrors) {
        super("clearance.invalid");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    @Override
    public String getMessage() {
        return "clearance.invalid " + fieldErrors;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
