package org.kneadwell.therapist;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.kneadwell.shared.Technique;

/** Everything the directory knows about one therapist. {@code id} is the profile's public id. */
public record TherapistProfile(UUID id, long accountId, UUID accountPublicId, String displayName,
        Credential credential, Set<Technique> techniques, Set<String> languages, int chronicBackPainYears,
        String bio, String accessibilityNotes, List<Location> locations, Schedule schedule) {

    public boolean offersAny(Set<Technique> wanted) {
        return wanted.isEmpty() || wanted.stream().anyMatch(techniques::contains);
    }
}
