package org.kneadwell.therapist;

import java.util.Set;
import java.util.UUID;

import org.kneadwell.shared.Technique;

/** What a therapist says about themselves: techniques, languages (BCP 47), experience, bio, locations. */
public record ProfileDetails(Set<Technique> techniques, Set<String> languages, int chronicBackPainYears, String bio,
        String accessibilityNotes, Set<UUID> locationIds) {

    public ProfileDetails {
        techniques = Set.copyOf(techniques);
        languages = Set.copyOf(languages);
        locationIds = Set.copyOf(locationIds);
        bio = bio == null ? "" : bio.strip();
        accessibilityNotes = accessibilityNotes == null ? "" : accessibilityNotes.strip();
        if (chronicBackPainYears < 0 || chronicBackPainYears > 80) {
            throw new IllegalArgumentException("Years of experience are 0 to 80");
        }
    }
}
