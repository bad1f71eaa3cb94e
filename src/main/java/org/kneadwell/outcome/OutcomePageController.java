package org.kneadwell.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.outcome.Instrument.Item;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The questionnaire page (one instrument, answered by the patient or entered by the therapist) and the pain diary
 * page. Bad input is shown beside each item with what was typed kept; nothing is stored until all is valid.
 */
@Controller
class OutcomePageController {

    private static final int DIARY_ROWS = 20;

    private final Outcomes outcomes;

    OutcomePageController(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    @GetMapping("/patients/{id}/questionnaires/{instrument}")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String questionnaire(@PathVariable UUID id, @PathVariable String instrument,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        return questionnairePage(model, id, outcomes.form(user, id, instrument), Map.of(), Map.of());
    }

    @PostMapping("/patients/{id}/questionnaires/{instrument}")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String answer(@PathVariable UUID id, @PathVariable String instrument, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        Availability availability = outcomes.form(user, id, instrument);
        Instrument in = availability.instrument();
        List<Object> answers = new ArrayList<>();
        List<String> activities = new ArrayList<>();
        Map<String, String> typed = new LinkedHashMap<>();
        for (Item item : in.items()) {
            String raw = form.getFirst("a_" + item.id());
            typed.put(item.id(), raw);
            answers.add(read(in, raw));
            if (in.patientNamesItems()) {
                String name = form.getFirst("n_" + item.id());
                typed.put("n_" + item.id(), name);
                if (raw != null && !raw.isBlank()) {
                    activities.add(name);
                }
            }
        }
        while (!answers.isEmpty() && answers.get(answers.size() - 1) == null && in.patientNamesItems()) {
            answers.remove(answers.size() - 1);
        }
        try {
            outcomes.submit(user, id, new Outcomes.Submission(in.id(), answers, activities, null));
        } catch (InvalidOutcomeException invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.problems().forEach(p -> errors.merge(fieldOf(in, p.item()), p.message(), (a, b) -> a + " " + b));
            return questionnairePage(model, id, availability, errors, typed);
        }
        return "redirect:/patients/" + id + "?answered=" + in.id() + "#outcomes";
    }

    @GetMapping("/patients/{id}/diary")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String diary(@PathVariable UUID id, @RequestParam(required = false) String saved,
            @RequestParam(required = false) String flagged, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("saved", saved != null);
        model.addAttribute("flagged", flagged != null);
        return diaryPage(model, user, id, Map.of(), new DiaryForm(null, null, false, List.of()));
    }

    record DiaryForm(String pain, String note, boolean flareUp, List<String> redFlags) {
    }

    @PostMapping("/patients/{id}/diary")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String record(@PathVariable UUID id, @RequestParam(required = false) String pain,
            @RequestParam(required = false) String note, @RequestParam(required = false) String flareUp,
            @RequestParam(required = false) List<String> redFlags, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        DiaryForm typed = new DiaryForm(pain, note, flareUp != null, redFlags == null ? List.of() : redFlags);
        Integer value = null;
        try {
            value = pain == null || pain.isBlank() ? null : Integer.valueOf(pain.strip());
        } catch (NumberFormatException notANumber) {
            value = -1;
        }
        try {
            outcomes.recordDiary(user, id, new Outcomes.DiaryInput(value, note, flareUp != null, typed.redFlags(), null));
        } catch (InvalidOutcomeException invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.problems().forEach(p -> errors.merge(p.item().startsWith("redFlags") ? "redFlags" : p.item(),
                    p.message(), (a, b) -> a + " " + b));
            model.addAttribute("saved", false);
            return diaryPage(model, user, id, errors, typed);
        }
        // A safety symptom re-screened the patient: say at once what to do and that the care team knows.
        return "redirect:/patients/" + id + "/diary?saved" + (typed.redFlags().isEmpty() ? "" : "&flagged");
    }

    private String questionnairePage(Model model, UUID patientId, Availability availability, Map<String, String> errors,
            Map<String, String> typed) {
        model.addAttribute("patientId", patientId);
        model.addAttribute("availability", availability);
        model.addAttribute("instrument", availability.instrument());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "outcome/questionnaire";
    }

    private String diaryPage(Model model, CurrentUser user, UUID patientId, Map<String, String> errors, DiaryForm form) {
        model.addAttribute("patientId", patientId);
        model.addAttribute("entries", outcomes.diary(user, patientId, DIARY_ROWS));
        model.addAttribute("redFlagCodes", DiaryRedFlags.CODES);
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "outcome/diary";
    }

    /** A form value as the API would send it: ticks as booleans, numbers as numbers, text kept to be refused. */
    private static Object read(Instrument in, String raw) {
        if (in.answer() == Instrument.AnswerType.TICK) {
            return raw != null;
        }
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return in.answer() == Instrument.AnswerType.MEASURE ? new BigDecimal(raw.strip())
                    : Integer.valueOf(raw.strip());
        } catch (NumberFormatException notANumber) {
            return raw;
        }
    }

    private static String fieldOf(Instrument in, String item) {
        if (item.startsWith("activities[")) {
            int index = Integer.parseInt(item.substring(11, item.length() - 1));
            return index < in.items().size() ? "n_" + in.items().get(index).id() : item;
        }
        return item;
    }
}
