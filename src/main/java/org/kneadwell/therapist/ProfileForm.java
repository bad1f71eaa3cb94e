package org.kneadwell.therapist;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.shared.Technique;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The therapist's own profile form. Languages are BCP 47 tags separated by commas ("en, es, pt-BR"). */
record ProfileForm(
        List<Technique> techniques,
        @NotBlank @Size(max = 200) @Pattern(regexp = "^$|^\\s*" + TAG + "(\\s*,\\s*" + TAG + ")*\\s*$",
                message = "{therapist.languages.format}") String languages,
        @NotNull @Min(0) @Max(80) Integer chronicBackPainYears,
        @Size(max = 2000) String bio,
        @Size(max = 1000) String accessibilityNotes,
        List<UUID> locations) {

    static final String TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*";

    static ProfileForm of(TherapistProfile p) {
        return new ProfileForm(List.copyOf(p.techniques()), String.join(", ", p.languages()),
                p.chronicBackPainYears(), p.bio(), p.accessibilityNotes(),
                p.locations().stream().map(Location::id).toList());
    }

    static ProfileForm empty() {
        return new ProfileForm(List.of(), "en", 0, "", "", List.of());
    }

    ProfileDetails toDetails() {
        Set<Technique> offered = EnumSet.noneOf(Technique.class);
        offered.addAll(techniques == null ? List.of() : techniques);
        Set<String> tags = Arrays.stream(languages.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> java.util.Locale.forLanguageTag(s).toLanguageTag())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new ProfileDetails(offered, tags, chronicBackPainYears, bio, accessibilityNotes,
                Set.copyOf(locations == null ? List.of() : locations));
    }
}
