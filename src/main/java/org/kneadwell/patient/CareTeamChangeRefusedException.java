package org.kneadwell.patient;

/** A care-team change a rule forbids (the supervising clinician stays); nothing was changed. */
public class CareTeamChangeRefusedException extends RuntimeException {

    private final String messageKey;

    public CareTeamChangeRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** What to tell the person who asked, as a message key. */
    public String messageKey() {
        return messageKey;
    }
}
