package org.kneadwell.notification;

import java.time.Instant;
import java.util.UUID;

/** An in-app alert for one account. Pinned alerts stay at the top of the home page until dismissed. */
public record Alert(UUID id, UUID patientId, Severity severity, String message, String link, boolean pinned,
        Instant createdAt) {

    public enum Severity { EMERGENCY, WARNING, INFO }
}
