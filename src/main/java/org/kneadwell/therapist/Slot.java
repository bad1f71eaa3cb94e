package org.kneadwell.therapist;

import java.time.Instant;
import java.util.UUID;

/** A bookable session: its start and end and the clinic location where the therapist works then. */
public record Slot(Instant start, Instant end, UUID locationId) {
}
