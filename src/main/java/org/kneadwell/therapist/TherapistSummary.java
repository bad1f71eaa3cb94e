package org.kneadwell.therapist;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.kneadwell.shared.Technique;

/**
 * One directory result. {@code id} is the profile's public id; {@code distanceKm} is to the nearest of the
 * therapist's locations (null without a point); {@code matchReasons} are plain sentences saying why it matches.
 */
public record TherapistSummary(UUID id, long accountId, String displayName, Set<Technique> techniques,
        Set<String> languages, List<Location> locations, Double distanceKm, boolean bookable,
        String notBookableReason, List<String> matchReasons) {
}
