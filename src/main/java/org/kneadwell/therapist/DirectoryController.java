package org.kneadwell.therapist;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.kneadwell.shared.Technique;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Find a therapist (pages): the search form with its results, and one therapist's profile. */
@Controller
@RequestMapping("/therapists")
class DirectoryController {

    private final TherapistDirectory directory;
    private final ClinicSettings clinic;
    private final Clock clock;

    DirectoryController(TherapistDirectory directory, ClinicSettings clinic, Clock clock) {
        this.directory = directory;
        this.clinic = clinic;
        this.clock = clock;
    }

    @GetMapping
    @RouteAccess({ Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN })
    String search(@RequestParam(required = false) List<String> technique,
            @RequestParam(required = false) String language, @RequestParam(defaultValue = "") String near,
            @RequestParam(required = false) String withinKm, @RequestParam(defaultValue = "false") boolean bookableOnly,
            Model model) {
        UUID place = near.startsWith("place:") ? parse(near.substring(6)) : null;
        UUID location = near.startsWith("location:") ? parse(near.substring(9)) : null;
        model.addAttribute("techniques", Technique.values());
        model.addAttribute("chosen", technique == null ? List.of() : technique);
        model.addAttribute("language", language == null ? "" : language);
        model.addAttribute("near", near);
        model.addAttribute("withinKm", withinKm == null ? "" : withinKm);
        model.addAttribute("bookableOnly", bookableOnly);
        model.addAttribute("places", directory.places());
        model.addAttribute("locations", directory.locations());
        try {
            SearchCriteria criteria = new SearchRequest(technique, language, place, location, withinKm, bookableOnly)
                    .toCriteria(directory, clinic.today(clock));
            model.addAttribute("results", directory.search(criteria));
            model.addAttribute("errors", java.util.Map.of());
        } catch (InvalidTherapistDetailsException invalid) {
            model.addAttribute("results", List.of());
            model.addAttribute("errors", invalid.fieldErrors());
        }
        return "therapist/search";
    }

    @GetMapping("/{id}")
    @RouteAccess({ Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN })
    String profile(@PathVariable UUID id, Model model) {
        TherapistProfile profile = directory.profile(id).orElseThrow(() -> new TherapistNotFoundException(id));
        model.addAttribute("therapist", profile);
        model.addAttribute("status", profile.credential().statusOn(clinic.today(clock)));
        model.addAttribute("days", TherapistViews.days(profile.schedule(), profile.locations()));
        return "therapist/profile";
    }

    private static UUID parse(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0);
        }
    }
}
