package org.kneadwell.therapist;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.kneadwell.shared.Technique;
import org.kneadwell.therapist.AvailabilityForms.BreakForm;
import org.kneadwell.therapist.AvailabilityForms.BufferForm;
import org.kneadwell.therapist.AvailabilityForms.HoursForm;
import org.kneadwell.therapist.AvailabilityForms.TimeOffForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/** A therapist's own profile and availability (pages). */
@Controller
@RequestMapping("/therapist")
class OwnProfileController {

    private final TherapistDirectory directory;
    private final TherapistRecords records;

    OwnProfileController(TherapistDirectory directory, TherapistRecords records) {
        this.directory = directory;
        this.records = records;
    }

    @GetMapping("/profile")
    @RouteAccess(Audience.THERAPIST)
    String profile(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", directory.profileOfAccount(user.accountId()).map(ProfileForm::of)
                .orElseGet(ProfileForm::empty));
        return profilePage(model);
    }

    @PostMapping("/profile")
    @RouteAccess(Audience.THERAPIST)
    String saveProfile(@Valid @ModelAttribute("form") ProfileForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return profilePage(model);
        }
        try {
            records.saveProfile(user, form.toDetails());
        } catch (InvalidTherapistDetailsException invalid) {
            invalid.fieldErrors().forEach((field, key) -> errors.rejectValue(field, key));
            return profilePage(model);
        }
        redirect.addFlashAttribute("notice", "therapist.profile.saved");
        return "redirect:/therapist/profile";
    }

    @GetMapping("/availability")
    @RouteAccess(Audience.THERAPIST)
    String availability(@AuthenticationPrincipal CurrentUser user, Model model) {
        return availabilityPage(user, model);
    }

    @PostMapping("/availability/hours")
    @RouteAccess(Audience.THERAPIST)
    String addHours(@Valid @ModelAttribute("hoursForm") HoursForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                records.addHours(user, DayOfWeek.of(form.day()), LocalTime.parse(form.start()),
                        LocalTime.parse(form.end()), form.location());
                redirect.addFlashAttribute("notice", "therapist.hours.added");
                return "redirect:/therapist/availability";
            } catch (InvalidTherapistDetailsException invalid) {
                invalid.fieldErrors().forEach((field, key) -> errors.rejectValue(field, key));
            }
        }
        return availabilityPage(user, model);
    }

    @PostMapping("/availability/breaks")
    @RouteAccess(Audience.THERAPIST)
    String addBreak(@Valid @ModelAttribute("breakForm") BreakForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                records.addBreak(user, DayOfWeek.of(form.day()), LocalTime.parse(form.start()),
                        LocalTime.parse(form.end()));
                redirect.addFlashAttribute("notice", "therapist.break.added");
                return "redirect:/therapist/availability";
            } catch (InvalidTherapistDetailsException invalid) {
                invalid.fieldErrors().forEach((field, key) -> errors.rejectValue(field, key));
            }
        }
        return availabilityPage(user, model);
    }

    @PostMapping("/availability/time-off")
    @RouteAccess(Audience.THERAPIST)
    String addTimeOff(@Valid @ModelAttribute("timeOffForm") TimeOffForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                records.addTimeOff(user, LocalDate.parse(form.startsOn()), LocalDate.parse(form.endsOn()),
                        form.reason());
                redirect.addFlashAttribute("notice", "therapist.timeOff.added");
                return "redirect:/therapist/availability";
            } catch (DateTimeParseException e) {
                errors.rejectValue("startsOn", "therapist.date.format");
            } catch (InvalidTherapistDetailsException invalid) {
                invalid.fieldErrors().forEach((field, key) -> errors.rejectValue(field, key));
            }
        }
        return availabilityPage(user, model);
    }

    @PostMapping("/availability/buffer")
    @RouteAccess(Audience.THERAPIST)
    String setBuffer(@Valid @ModelAttribute("bufferForm") BufferForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return availabilityPage(user, model);
        }
        records.setBuffer(user, form.minutes());
        redirect.addFlashAttribute("notice", "therapist.buffer.saved");
        return "redirect:/therapist/availability";
    }

    @PostMapping("/availability/{id}/remove")
    @RouteAccess(Audience.THERAPIST)
    String remove(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        boolean removed = records.removeAvailability(user, id);
        redirect.addFlashAttribute(removed ? "notice" : "problem",
                removed ? "therapist.availability.removed" : "therapist.availability.gone");
        return "redirect:/therapist/availability";
    }

    private String profilePage(Model model) {
        model.addAttribute("techniques", Technique.values());
        model.addAttribute("locations", directory.locations());
        return "therapist/own-profile";
    }

    private String availabilityPage(CurrentUser user, Model model) {
        TherapistProfile own = directory.profileOfAccount(user.accountId()).orElse(null);
        model.addAttribute("own", own);
        if (own != null) {
            model.addAttribute("hours", TherapistViews.days(own.schedule(), directory.locations()));
        }
        model.addAttribute("days", DayOfWeek.values());
        if (!model.containsAttribute("hoursForm")) {
            model.addAttribute("hoursForm", HoursForm.empty());
        }
        if (!model.containsAttribute("breakForm")) {
            model.addAttribute("breakForm", BreakForm.empty());
        }
        if (!model.containsAttribute("timeOffForm")) {
            model.addAttribute("timeOffForm", TimeOffForm.empty());
        }
        if (!model.containsAttribute("bufferForm")) {
            model.addAttribute("bufferForm", new BufferForm(own == null ? 0 : own.schedule().bufferMinutes()));
        }
        return "therapist/availability";
    }
}
