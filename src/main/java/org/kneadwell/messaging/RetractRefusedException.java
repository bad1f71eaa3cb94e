package org.kneadwell.messaging;

/** A retraction that was refused; nothing changed. */
public class RetractRefusedException extends RuntimeException {

    public enum Reason {
        /** Only the author may take a message back. */
        NOT_AUTHOR,
        /** The five minutes after sending have passed. */
        TOO_LATE,
        ALREADY_RETRACTED
    }

    private final Reason reason;

    public RetractRefusedException(Reason reason) {
        super("messaging.retract." + reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
