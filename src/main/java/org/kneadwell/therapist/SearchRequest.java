package org.kneadwell.therapist;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.kneadwell.shared.Technique;

/**
 * A directory search as text from a page or the API, checked and turned into {@link SearchCriteria}. The point
 * to measure from is a clinic location or an admin-maintained place, never a free address.
 */
record SearchRequest(List<String> technique, String language, UUID place, UUID location, String withinKm,
        boolean bookableOnly) {

    static final String LANGUAGE_TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*";

    SearchCriteria toCriteria(TherapistDirectory directory, LocalDate day) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<Technique> techniques = EnumSet.noneOf(Technique.class);
        for (String name : technique == null ? List.<String>of() : technique) {
            if (name == null || name.isBlank()) {
                continue;
            }
            try {
                techniques.add(Technique.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.put("technique", "therapist.search.unknownTechnique");
            }
        }
        String lang = language == null || language.isBlank() ? null : LanguageNames.codeFor(language.strip());
        if (lang != null && !lang.matches(LANGUAGE_TAG)) {
            errors.put("language", "therapist.search.badLanguage");
        }
        Double lat = null;
        Double lon = null;
        if (place != null) {
            Place p = directory.places().stream().filter(x -> x.id().equals(place)).findFirst().orElse(null);
            if (p == null) {
                errors.put("place", "therapist.search.unknownPlace");
            } else {
                lat = p.latitude();
                lon = p.longitude();
            }
        } else if (location != null) {
            Location l = directory.locations().stream().filter(x -> x.id().equals(location)).findFirst().orElse(null);
            if (l == null) {
                errors.put("location", "therapist.search.unknownLocation");
            } else {
                lat = l.latitude();
                lon = l.longitude();
            }
        }
        Double km = null;
        if (withinKm != null && !withinKm.isBlank()) {
            try {
                km = Double.valueOf(withinKm.strip());
                if (km <= 0 || km > 1000 || km.isNaN()) {
                    errors.put("withinKm", "therapist.search.withinKmRange");
                }
            } catch (NumberFormatException e) {
                errors.put("withinKm", "therapist.search.withinKmRange");
            }
            if (place == null && location == null) {
                errors.putIfAbsent("withinKm", "therapist.search.withinKmNeedsPoint");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidTherapistDetailsException(errors);
        }
        return new SearchCriteria(techniques, lang, lat, lon, km, bookableOnly, day);
    }
}
