package org.kneadwell.plan;

/** A plan was asked to do something its state does not allow; the message is a message key. */
public class PlanStateException extends RuntimeException {

    public PlanStateException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
