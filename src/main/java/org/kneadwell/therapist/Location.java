package org.kneadwell.therapist;

import java.util.UUID;

/** One of the clinic's locations, where therapists work. */
public record Location(UUID id, String name, String address, double latitude, double longitude) {
}
