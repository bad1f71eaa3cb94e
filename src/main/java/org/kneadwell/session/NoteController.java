package org.kneadwell.session;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.kneadwell.shared.Technique;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The note page (write, check each treatment row as it is entered, save, sign) and the session view (pain map
 * beside the treated map, the note, addenda, voiding). A refused save shows each message beside its field and keeps
 * what was typed; nothing is saved then.
 */
@Controller
class NoteController {

    private final SessionNotes notes;
    private final NoteProblems problems;
    private final CheckIns checkIns;

    NoteController(SessionNotes notes, NoteProblems problems, CheckIns checkIns) {
        this.checkIns = checkIns;
        this.notes = notes;
        this.problems = problems;
    }

    @GetMapping("/appointments/{id}/note")
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String form(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        SessionNotes.Session session = notes.session(user, id);
        if (!session.mayWrite()) {
            return "redirect:/appointments/" + id + "/session";
        }
        NoteInput saved = NoteForm.of(session.note().content());
        // A new note starts from the pain the patient gave at check-in; the therapist can change it.
        NoteInput input = session.note().status() == NoteStatus.NONE && NoteInput.empty(saved.painBefore())
                ? checkIns.latestOf(id).map(c -> withPainBefore(saved, c.painNow())).orElse(saved) : saved;
        return page(session, input, input.treatments().isEmpty() ? 1 : 0, List.of(), model);
    }

    @PostMapping("/appointments/{id}/note")
    @RouteAccess(value = Audience.THERAPIST, patientData = true)
    String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            @RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal CurrentUser therapist,
            Model model, RedirectAttributes redirect) {
        NoteInput input = NoteForm.read(form);
        if (action.equals("addRow")) {
            return page(notes.session(therapist, id), input, 1, List.of(), model);
        }
        boolean saved = false;
        try {
            notes.save(therapist, id, input);
            saved = true;
            if (action.equals("sign")) {
                notes.sign(therapist, id);
                redirect.addFlashAttribute("notice", "note.signedDone");
                return "redirect:/appointments/" + id + "/session";
            }
            redirect.addFlashAttribute("notice", "note.saved");
            return "redirect:/appointments/" + id + "/note";
        } catch (NoteRefusedException refused) {
            SessionNotes.Session session = notes.session(therapist, id);
            if (!session.mayWrite()) {
                redirect.addFlashAttribute("problem", refused.problems().get(0).key());
                return "redirect:/appointments/" + id + "/session";
            }
            model.addAttribute("savedNotSigned", saved);
            return page(session, input, input.treatments() == null || input.treatments().isEmpty() ? 1 : 0,
                    refused.problems(), model);
        }
    }

    /** The live check of one treatment row (htmx): its messages, or that it is within the day's limits. */
    @PostMapping("/appointments/{id}/note/check")
    @RouteAccess(value = Audience.THERAPIST, patientData = true)
    String check(@PathVariable UUID id, @RequestParam(defaultValue = "0") int row, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal CurrentUser therapist, Model model) {
        NoteInput input = NoteForm.read(form);
        List<NoteInput.TreatmentInput> rows = input.treatments() == null ? List.of() : input.treatments();
        NoteInput.TreatmentInput typed = row >= 0 && row < rows.size() ? rows.get(row) : null;
        List<NoteProblem> found = notes.checkRow(therapist, id, row, typed);
        model.addAttribute("rowIndex", row);
        model.addAttribute("checked", typed != null && !typed.blank());
        model.addAttribute("rowMessages", found.stream().map(p -> problems.message(p, locale())).toList());
        return "session/rowcheck :: rowCheck";
    }

    @GetMapping("/appointments/{id}/session")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String session(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return view(notes.session(user, id), user, Map.of(), model);
    }

    @PostMapping("/notes/{noteId}/addenda")
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String addendum(@PathVariable UUID noteId, @RequestParam(required = false) String text,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        UUID appointment = notes.appointmentOf(user, noteId);
        try {
            notes.addAddendum(user, noteId, text, reason);
            redirect.addFlashAttribute("notice", "note.addendum.added");
            return "redirect:/appointments/" + appointment + "/session#addenda";
        } catch (NoteRefusedException refused) {
            model.addAttribute("addendumText", text);
            model.addAttribute("addendumReason", reason);
            return view(notes.session(user, appointment), user, prefixed("addendum.", refused), model);
        }
    }

    @PostMapping("/notes/{noteId}/void")
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String voidNote(@PathVariable UUID noteId, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        UUID appointment = notes.appointmentOf(user, noteId);
        try {
            notes.voidNote(user, noteId, reason);
            redirect.addFlashAttribute("notice", "note.voided");
            return "redirect:/appointments/" + appointment + "/session";
        } catch (NoteRefusedException refused) {
            model.addAttribute("voidReason", reason);
            return view(notes.session(user, appointment), user, prefixed("void.", refused), model);
        }
    }

    private Map<String, List<String>> prefixed(String prefix, NoteRefusedException refused) {
        return problems.byField(refused.problems().stream().map(p -> new NoteProblem(prefix + p.field(), p.key(),
                p.args(), p.safety())).toList(), locale());
    }

    private String view(SessionNotes.Session session, CurrentUser user, Map<String, List<String>> errors,
            Model model) {
        model.addAttribute("noteSession", session);
        model.addAttribute("note", session.note());
        model.addAttribute("patient", session.patient());
        model.addAttribute("appointment", session.appointment());
        model.addAttribute("mayCorrect", (user.is(Role.THERAPIST) || user.is(Role.CLINICIAN))
                && session.note().counts());
        model.addAttribute("errors", errors);
        return "session/view";
    }

    private String page(SessionNotes.Session session, NoteInput input, int extraRows, List<NoteProblem> refused,
            Model model) {
        model.addAttribute("noteSession", session);
        model.addAttribute("patient", session.patient());
        model.addAttribute("appointment", session.appointment());
        model.addAttribute("form", input);
        model.addAttribute("rows", NoteForm.rowsToShow(input, extraRows));
        model.addAttribute("palpation", NoteForm.palpationToShow(input));
        model.addAttribute("techniques", Technique.values());
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("errors", problems.byField(refused, locale()));
        return "session/note";
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static NoteInput withPainBefore(NoteInput input, int painNow) {
        return new NoteInput(input.attendance(), String.valueOf(painNow), input.painRegions(), input.subjective(),
                input.objective(), input.assessment(), input.plan(), input.treatments(), input.painAfter(),
                input.patientWords());
    }
}
