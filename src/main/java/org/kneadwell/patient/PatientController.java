package org.kneadwell.patient;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

/** Patient search, registration, editing, the care team and account invitations (pages); the chart is in web. */
@Controller
@RequestMapping("/patients")
class PatientController {

    private final PatientRecords records;

    PatientController(PatientRecords records) {
        this.records = records;
    }

    @GetMapping
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN }, patientData = true)
    String search(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("patients", records.search(user, q.length() > 100 ? q.substring(0, 100) : q));
        return "patient/search";
    }

    @GetMapping("/new")
    @RouteAccess({ Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN })
    String newPatient(Model model) {
        model.addAttribute("form", PatientForm.empty());
        return formPage(model, null);
    }

    @PostMapping
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN }, patientData = true)
    String register(@Valid @ModelAttribute("form") PatientForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formPage(model, null);
        }
        try {
            Patient patient = records.register(user, form.toDetails());
            redirect.addFlashAttribute("notice", "patient.registered");
            return "redirect:/patients/" + patient.publicId();
        } catch (InvalidPatientDetailsException invalid) {
            invalid.fieldErrors().forEach((field, key) -> errors.rejectValue(field, key));
            return formPage(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN }, patientData = true)
    String edit(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        PatientChart chart = records.chart(user, id);
        model.addAttribute("form", PatientForm.of(chart.patient().details()));
        return formPage(model, id);
    }

    @PostMapping("/{id}")
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN }, patientData = true)
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") PatientForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            records.require(user, id, PatientAction.EDIT_DEMOGRAPHICS);
            return formPage(model, id);
        }
        try {
            records.updateDetails(user, id, form.toDetails());
            redirect.addFlashAttribute("notice", "patient.updated");
            return "redirect:/patients/" + id;
        } catch (InvalidPatientDetailsException invalid) {
            invalid.fieldErrors().forEach((field, key) -> errors.rejectValue(field, key));
            return formPage(model, id);
        }
    }

    @PostMapping("/{id}/care-team")
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN }, patientData = true)
    String addMember(@PathVariable UUID id, @RequestParam(required = false) UUID accountId,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (accountId == null) {
            records.require(user, id, PatientAction.MANAGE_CARE_TEAM);
            redirect.addFlashAttribute("problem", "careTeam.chooseMember");
            redirect.addFlashAttribute("flashSection", "care-team");
            return "redirect:/patients/" + id + "#care-team";
        }
        try {
            boolean added = records.addToCareTeam(user, id, accountId);
            redirect.addFlashAttribute("notice", added ? "careTeam.added" : "careTeam.alreadyMember");
        } catch (InvalidPatientDetailsException invalid) {
            redirect.addFlashAttribute("problem", "careTeam.unknownMember");
        }
        redirect.addFlashAttribute("flashSection", "care-team");
        return "redirect:/patients/" + id + "#care-team";
    }

    /** Asks before the supervising clinician leaves the care team, or says why they cannot; works without JavaScript. */
    @GetMapping("/{id}/care-team/{accountId}/remove")
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN }, patientData = true)
    String confirmRemoval(@PathVariable UUID id, @PathVariable UUID accountId,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Optional<CareTeamRemoval> removal = records.removal(user, id, accountId);
        if (removal.isEmpty()) {
            redirect.addFlashAttribute("notice", "careTeam.notMember");
            redirect.addFlashAttribute("flashSection", "care-team");
            return "redirect:/patients/" + id + "#care-team";
        }
        model.addAttribute("removal", removal.get());
        return "patient/remove-member";
    }

    /** Removes a member; a clinician only with {@code confirmed=yes} (from the confirmation page). */
    @PostMapping("/{id}/care-team/{accountId}/remove")
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN }, patientData = true)
    String removeMember(@PathVariable UUID id, @PathVariable UUID accountId,
            @RequestParam(required = false) String confirmed, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        try {
            switch (records.removeFromCareTeam(user, id, accountId, "yes".equals(confirmed))) {
                case CONFIRM_FIRST -> {
                    return "redirect:/patients/" + id + "/care-team/" + accountId + "/remove";
                }
                case NOT_A_MEMBER -> redirect.addFlashAttribute("notice", "careTeam.notMember");
                case REMOVED -> {
                    redirect.addFlashAttribute("notice", "careTeam.removed");
                    if (accountId.equals(user.publicId())) {
                        return "redirect:/"; // they no longer see this chart
                    }
                }
            }
        } catch (CareTeamChangeRefusedException refused) {
            redirect.addFlashAttribute("teamProblem", refused.messageKey());
            redirect.addFlashAttribute("teamProblemMember", accountId.toString());
        }
        redirect.addFlashAttribute("flashSection", "care-team");
        return "redirect:/patients/" + id + "#care-team";
    }

    @PostMapping("/{id}/invitation")
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN }, patientData = true)
    String invite(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            records.inviteToAccount(user, id, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "patient.invited");
        } catch (InvalidPatientDetailsException invalid) {
            redirect.addFlashAttribute("problem", invalid.fieldErrors().values().iterator().next());
        }
        return "redirect:/patients/" + id;
    }

    private String formPage(Model model, UUID editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("languages", PatientForm.LANGUAGES.stream()
                .map(tag -> Map.entry(tag, PatientForm.languageName(tag, Locale.ENGLISH))).toList());
        return "patient/form";
    }
}
