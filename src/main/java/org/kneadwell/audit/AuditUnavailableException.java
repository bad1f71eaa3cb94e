package org.kneadwell.audit;

/**
 * An audit event could not be stored, so the request that caused it must not answer with the data: it fails
 * closed (an error answer; for a read, nothing of the record leaves).
 */
public class AuditUnavailableException extends RuntimeException {

    AuditUnavailableException(Throwable cause) {
        super("The audit event could not be stored", cause);
    }
}
