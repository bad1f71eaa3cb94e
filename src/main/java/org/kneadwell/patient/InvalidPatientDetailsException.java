package org.kneadwell.patient;

import java.util.Map;

/** Details that break a rule the form cannot check on its own; maps each field to a message key. */
public class InvalidPatientDetailsException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidPatientDetailsException(Map<String, String> fieldErrors) {
        super("patient.invalid");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
