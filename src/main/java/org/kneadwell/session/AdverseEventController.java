package org.kneadwell.session;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.scheduling.Appointment;
import org.kneadwell.scheduling.Visits;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The care team records a reaction the patient told them of (at the desk, by phone), from the chart. */
@Controller
class AdverseEventController {

    private final AdverseEvents adverseEvents;
    private final PatientRecords patients;
    private final Visits visits;
    private final MessageSource messages;

    AdverseEventController(AdverseEvents adverseEvents, PatientRecords patients, Visits visits,
            MessageSource messages) {
        this.adverseEvents = adverseEvents;
        this.patients = patients;
        this.visits = visits;
        this.messages = messages;
    }

    @GetMapping("/patients/{id}/adverse-events/new")
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String form(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return form(id, user, new AdverseEvents.StaffInput(null, null, null, null), Map.of(), model);
    }

    @PostMapping("/patients/{id}/adverse-events")
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String record(@PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String severity, @RequestParam(required = false) String description,
            @RequestParam(required = false) String appointmentId, @AuthenticationPrincipal CurrentUser user,
            Model model, RedirectAttributes redirect) {
        AdverseEvents.StaffInput input = new AdverseEvents.StaffInput(kind, severity, description, appointmentId);
        try {
            adverseEvents.record(user, id, input);
        } catch (InvalidFollowUpException invalid) {
            Locale locale = LocaleContextHolder.getLocale();
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.fieldErrors().forEach((f, key) -> errors.put(f, messages.getMessage(key, null, key, locale)));
            return form(id, user, input, errors, model);
        }
        redirect.addFlashAttribute("notice", "adverseEvent.recorded");
        return "redirect:/patients/" + id + "#adverse-events";
    }

    private String form(UUID id, CurrentUser user, AdverseEvents.StaffInput input, Map<String, String> errors,
            Model model) {
        model.addAttribute("patient", patients.require(user, id, PatientAction.EDIT_CLINICAL));
        model.addAttribute("sessions", visits.ofPatient(user, id).stream()
                .filter(a -> a.status() == Appointment.Status.ATTENDED)
                .sorted((a, b) -> b.start().compareTo(a.start())).toList());
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ReactionKind.values());
        model.addAttribute("severities", Severity.values());
        return "session/adverse-event";
    }
}
