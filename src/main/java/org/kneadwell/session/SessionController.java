package org.kneadwell.session;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.screening.EvaluateRequest;
import org.kneadwell.screening.Recheck;
import org.kneadwell.screening.Rechecks;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.stereotype.Controller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The therapist's day and week (previous, next and today; htmx swaps the calendar, plain links work without
 * JavaScript), the clinic admin's day with every therapist side by side, a session's page, and the check-in form.
 */
@Controller
class SessionController {

    private final SessionDesk desk;

    SessionController(SessionDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/sessions")
    @RouteAccess(value = Audience.THERAPIST, patientData = true)
    String calendar(@RequestParam(required = false) String day, @RequestParam(required = false) String view,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        UUID own = desk.ownCalendar(user).orElseThrow(org.kneadwell.patient.PatientNotFoundException::new);
        LocalDate shown = day(day);
        boolean week = "week".equals(view);
        LocalDate from = week ? shown.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : shown;
        LocalDate until = week ? from.plusDays(6) : shown;
        List<CalendarEntry> entries = desk.calendar(user, own, from, until);
        Map<LocalDate, List<CalendarEntry>> byDay = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(until); d = d.plusDays(1)) {
            byDay.put(d, new ArrayList<>());
        }
        entries.forEach(e -> byDay.computeIfAbsent(e.day(), d -> new ArrayList<>()).add(e));
        model.addAttribute("week", week);
        model.addAttribute("shown", shown);
        model.addAttribute("from", from);
        model.addAttribute("until", until);
        model.addAttribute("today", desk.today());
        model.addAttribute("byDay", byDay);
        model.addAttribute("previous", week ? shown.minusWeeks(1) : shown.minusDays(1));
        model.addAttribute("next", week ? shown.plusWeeks(1) : shown.plusDays(1));
        return "session/calendar";
    }

    @GetMapping("/sessions/clinic")
    @RouteAccess(value = Audience.ADMIN, patientData = true)
    String clinicDay(@RequestParam(required = false) String day, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        LocalDate shown = day(day);
        model.addAttribute("shown", shown);
        model.addAttribute("today", desk.today());
        model.addAttribute("previous", shown.minusDays(1));
        model.addAttribute("next", shown.plusDays(1));
        model.addAttribute("therapists", desk.clinicDay(user, shown));
        return "session/clinic";
    }

    @GetMapping("/sessions/{id}")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String session(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("s", desk.session(user, id));
        model.addAttribute("today", desk.today());
        return "session/session";
    }

    @GetMapping("/sessions/{id}/check-in")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST }, patientData = true)
    String checkInForm(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("s", desk.session(user, id));
        formModel(model, new CheckInForm(null, List.of(), List.of(), List.of()), Map.of());
        return "session/check-in";
    }

    /** What the form sent, kept as typed so a refused form shows it again. */
    record CheckInForm(String painNow, List<String> redFlags, List<String> newConditions, List<String> newMedicines) {
        CheckInForm {
            redFlags = redFlags == null ? List.of() : redFlags;
            newConditions = newConditions == null ? List.of() : newConditions;
            newMedicines = newMedicines == null ? List.of() : newMedicines;
        }

        Recheck recheck() {
            Number pain = null;
            if (painNow != null && !painNow.isBlank()) {
                try {
                    pain = Double.valueOf(painNow.strip());
                } catch (NumberFormatException e) {
                    pain = Double.NaN;
                }
            }
            return new Recheck(pain, redFlags, newConditions.stream()
                    .map(code -> new EvaluateRequest.Condition(code, null, null, null, null)).toList(), newMedicines);
        }
    }

    @PostMapping("/sessions/{id}/check-in")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST }, patientData = true)
    String checkIn(@PathVariable UUID id, @RequestParam(required = false) String painNow,
            @RequestParam(required = false) List<String> redFlags,
            @RequestParam(required = false) List<String> newConditions,
            @RequestParam(required = false) List<String> newMedicines, @AuthenticationPrincipal CurrentUser user,
            Model model, RedirectAttributes redirect) {
        CheckInForm form = new CheckInForm(painNow, redFlags, newConditions, newMedicines);
        try {
            SessionDesk.CheckInOutcome outcome = desk.checkIn(user, id, form.recheck());
            redirect.addFlashAttribute("notice", outcome.session().stop() ? "checkIn.done.stop"
                    : outcome.recheck().newScreen() ? "checkIn.done.newScreen" : "checkIn.done");
            return "redirect:/sessions/" + id;
        } catch (CheckInRefusedException e) {
            model.addAttribute("s", desk.session(user, id));
            formModel(model, form, fieldsOf(e.fieldErrors()));
            return "session/check-in";
        }
    }

    /** Errors by the form's field names: {@code redFlags[2]} is shown beside the red-flag questions, and so on. */
    private static Map<String, String> fieldsOf(Map<String, String> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach((field, message) -> byField.merge(field.replaceAll("\\[.*$", ""), message, (a, b) -> a + " " + b));
        return byField;
    }

    private static void formModel(Model model, CheckInForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("flagCodes", Rechecks.RED_FLAGS);
        model.addAttribute("conditionCodes", Rechecks.SIMPLE_CONDITIONS);
        model.addAttribute("medicineCodes", Rechecks.MEDICINES);
    }

    private LocalDate day(String given) {
        if (given == null || given.isBlank()) {
            return desk.today();
        }
        try {
            return LocalDate.parse(given.strip());
        } catch (DateTimeParseException e) {
            return desk.today();
        }
    }
}
