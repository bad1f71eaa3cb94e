package org.kneadwell.therapist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/** The admin's side of the directory: credentials and their verification, and the places list. */
@Controller
@RequestMapping("/admin")
class AdminTherapistController {

    record CredentialLine(TherapistProfile therapist, Credential.Status status) {
    }

    private final TherapistDirectory directory;
    private final TherapistRecords records;
    private final ClinicSettings clinic;
    private final Clock clock;

    AdminTherapistController(TherapistDirectory directory, TherapistRecords records, ClinicSettings clinic,
            Clock clock) {
        this.directory = directory;
        this.records = records;
        this.clinic = clinic;
        this.clock = clock;
    }

    @GetMapping("/therapists")
    @RouteAccess(Audience.ADMIN)
    String list(Model model) {
        LocalDate today = clinic.today(clock);
        List<CredentialLine> lines = directory.profiles().stream()
                .map(p -> new CredentialLine(p, p.credential().statusOn(today))).toList();
        model.addAttribute("lines", lines);
        return "therapist/admin-list";
    }

    @PostMapping("/therapists/{id}/verify")
    @RouteAccess(Audience.ADMIN)
    String verify(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser admin, Model model,
            RedirectAttributes redirect) {
        try {
            records.verify(admin, id);
            redirect.addFlashAttribute("notice", "therapist.verified");
        } catch (InvalidTherapistDetailsException refused) {
            if (refused.fieldErrors().containsKey("expiresOn")) {
                return credentialPageRefusing(id, refused, model);
            }
            redirect.addFlashAttribute("problem", "therapist.verify.incomplete");
        }
        return "redirect:/admin/therapists";
    }

    /** The credential form with the stored values and the refusal beside its field, so the admin can renew it. */
    private String credentialPageRefusing(UUID id, InvalidTherapistDetailsException refused, Model model) {
        TherapistProfile profile = directory.profile(id).orElseThrow(() -> new TherapistNotFoundException(id));
        DataBinder binder = new DataBinder(CredentialForm.of(profile.credential()), "form");
        binder.initDirectFieldAccess();
        BindingResult errors = binder.getBindingResult();
        refused.fieldErrors().forEach((field, key) -> errors.rejectValue(field, key));
        model.addAllAttributes(errors.getModel());
        model.addAttribute("therapist", profile);
        return "therapist/admin-credential";
    }

    @GetMapping("/therapists/{id}/credential")
    @RouteAccess(Audience.ADMIN)
    String editCredential(@PathVariable UUID id, Model model) {
        TherapistProfile profile = directory.profile(id).orElseThrow(() -> new TherapistNotFoundException(id));
        model.addAttribute("form", CredentialForm.of(profile.credential()));
        model.addAttribute("therapist", profile);
        return "therapist/admin-credential";
    }

    @PostMapping("/therapists/{id}/credential")
    @RouteAccess(Audience.ADMIN)
    String saveCredential(@PathVariable UUID id, @Valid @ModelAttribute("form") CredentialForm form,
            BindingResult errors, @AuthenticationPrincipal CurrentUser admin, Model model,
            RedirectAttributes redirect) {
        TherapistProfile profile = directory.profile(id).orElseThrow(() -> new TherapistNotFoundException(id));
        model.addAttribute("therapist", profile);
        if (errors.hasErrors()) {
            return "therapist/admin-credential";
        }
        try {
            records.updateCredential(admin, id, form.toDetails());
        } catch (InvalidTherapistDetailsException invalid) {
            invalid.fieldErrors().forEach((field, key) -> errors.rejectValue(field, key));
            return "therapist/admin-credential";
        }
        redirect.addFlashAttribute("notice", "therapist.credential.saved");
        return "redirect:/admin/therapists";
    }

    @GetMapping("/places")
    @RouteAccess(Audience.ADMIN)
    String places(Model model) {
        model.addAttribute("form", PlaceForm.empty());
        return placesPage(model);
    }

    @PostMapping("/places")
    @RouteAccess(Audience.ADMIN)
    String addPlace(@Valid @ModelAttribute("form") PlaceForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return placesPage(model);
        }
        try {
            records.addPlace(admin, form.name(), form.latitudeDegrees(), form.longitudeDegrees());
        } catch (InvalidTherapistDetailsException invalid) {
            invalid.fieldErrors().forEach((field, key) -> errors.rejectValue(field, key));
            return placesPage(model);
        }
        redirect.addFlashAttribute("notice", "therapist.place.added");
        return "redirect:/admin/places";
    }

    private String placesPage(Model model) {
        model.addAttribute("places", directory.places());
        return "therapist/places";
    }
}
