package org.kneadwell.therapist;

import java.util.UUID;

/** A named place with coordinates that the admin maintains, for searching by distance. */
public record Place(UUID id, String name, double latitude, double longitude) {
}
