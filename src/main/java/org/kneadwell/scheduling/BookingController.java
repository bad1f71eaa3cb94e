package org.kneadwell.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kneadwell.clearance.EffectiveVerdict;
import org.kneadwell.clearance.PatientSafety;
import org.kneadwell.clearance.SafetyToday;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientAction;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.plan.TreatmentPlan;
import org.kneadwell.plan.TreatmentPlans;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.kneadwell.shared.Technique;
import org.kneadwell.therapist.Availability;
import org.kneadwell.therapist.SearchCriteria;
import org.kneadwell.therapist.TherapistDirectory;
import org.kneadwell.therapist.TherapistSummary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Booking a session: only the techniques effective safety allows today are offered (with why the others are
 * missing), therapists who offer one and can be booked, and their free slots; then cancelling with a reason.
 */
@Controller
class BookingController {

    private static final int DAYS_SHOWN = 14;

    private final Booking booking;
    private final Visits visits;
    private final PatientRecords patients;
    private final PatientSafety safety;
    private final TherapistDirectory directory;
    private final Availability availability;
    private final TherapistChecks therapists;
    private final TreatmentPlans plans;
    private final ClinicSettings clinic;
    private final java.time.Clock clock;

    BookingController(Booking booking, Visits visits, PatientRecords patients, PatientSafety safety,
            TherapistDirectory directory, Availability availability, TherapistChecks therapists, TreatmentPlans plans,
            ClinicSettings clinic, java.time.Clock clock) {
        this.booking = booking;
        this.visits = visits;
        this.patients = patients;
        this.safety = safety;
        this.directory = directory;
        this.availability = availability;
        this.therapists = therapists;
        this.plans = plans;
        this.clinic = clinic;
        this.clock = clock;
    }

    @GetMapping("/patients/{id}/book")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String find(@PathVariable UUID id, @RequestParam(required = false) String technique,
            @RequestParam(required = false) UUID therapist, @RequestParam(required = false) String start,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        Patient patient = patients.require(user, id, PatientAction.EDIT_CLINICAL);
        SafetyToday today = safety.today(user, id);
        LocalDate day = clinic.today(clock);
        List<EffectiveVerdict> allowed = today.techniques().stream().filter(EffectiveVerdict::allowed).toList();
        Set<Technique> offered = allowed.stream().map(EffectiveVerdict::technique).collect(Collectors.toSet());
        Technique chosen = offered.stream().filter(t -> t.name().equals(technique)).findFirst().orElse(null);
        TreatmentPlan plan = plans.current(user, id).filter(p -> p.isActive()).orElse(null);
        model.addAttribute("patient", patient);
        model.addAttribute("safetyToday", today);
        model.addAttribute("allowed", allowed);
        model.addAttribute("missing", today.techniques().stream().filter(v -> !v.allowed()).toList());
        model.addAttribute("technique", chosen);
        model.addAttribute("plan", plan);
        model.addAttribute("chosenStart", chosenStart(start));
        int minutes = plan == null ? 60 : plan.content().dose().sessionMinutes();
        model.addAttribute("minutes", minutes);
        if (!offered.isEmpty()) {
            List<TherapistSummary> found = directory.search(new SearchCriteria(
                    chosen == null ? offered : Set.of(chosen), null, null, null, null, true, day));
            model.addAttribute("therapists", found);
            java.time.Instant from = java.time.Instant.now(clock);
            java.time.Instant until = from.plus(java.time.Duration.ofDays(92));
            java.util.Map<UUID, org.kneadwell.therapist.Slot> next = new java.util.HashMap<>();
            for (TherapistSummary t : found) {
                availability.nextSlot(t.id(), minutes, therapists.taken(t.id(), from, until))
                        .ifPresent(slot -> next.put(t.id(), slot));
            }
            model.addAttribute("nextSlots", next);
            if (therapist != null && found.stream().anyMatch(t -> t.id().equals(therapist))) {
                model.addAttribute("therapist", therapist);
                model.addAttribute("slots", availability.slots(therapist, day, day.plusDays(DAYS_SHOWN), minutes,
                        therapists.taken(therapist, day.atStartOfDay(clinic.zone()).toInstant(),
                                day.plusDays(DAYS_SHOWN + 1).atStartOfDay(clinic.zone()).toInstant())));
            }
        }
        return "scheduling/book";
    }

    /**
     * The confirm step before booking (one session, or the plan's series from it): the therapist, the place, the date
     * and time, the length and the technique the booking would have, checked against every booking rule but written
     * nowhere. Its form books; its "change" link returns to the booking page with the same choices.
     */
    @GetMapping("/patients/{id}/book/confirm")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String confirmBooking(@PathVariable UUID id, @RequestParam(required = false) UUID therapist,
            @RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "60") Integer minutes,
            @RequestParam(required = false) String technique, @RequestParam(required = false) UUID plan,
            @RequestParam(required = false) Integer count, @RequestParam(required = false) Integer everyDays,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Patient patient = patients.require(user, id, PatientAction.EDIT_CLINICAL);
        Booking.Proposal proposal;
        try {
            proposal = booking.preview(user, new BookingRequest(id, therapist, start, minutes, technique, plan));
        } catch (BookingRefusedException refused) {
            redirect.addFlashAttribute("problem", refused.fieldErrors().values().iterator().next());
            return "redirect:" + backToBooking(id, therapist, technique, null);
        }
        var profile = directory.profile(proposal.therapistId()).orElseThrow();
        model.addAttribute("patient", patient);
        model.addAttribute("proposal", proposal);
        model.addAttribute("therapistName", profile.displayName());
        model.addAttribute("place", profile.locations().stream().filter(l -> l.id().equals(proposal.locationId()))
                .findFirst().orElse(null));
        model.addAttribute("start", start);
        model.addAttribute("series", count != null && everyDays != null);
        model.addAttribute("count", count);
        model.addAttribute("everyDays", everyDays);
        model.addAttribute("changeUrl", backToBooking(id, therapist, technique, start));
        return "scheduling/book-confirm";
    }

    /**
     * Books once confirmed on the confirm step. Without the confirmation nothing is booked: a request that passes
     * the rules is shown the confirm step, one that does not goes back to the booking page with why. Every rule is
     * checked again here, when it books.
     */
    @PostMapping("/patients/{id}/appointments")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String book(@PathVariable UUID id, @RequestParam(required = false) UUID therapist,
            @RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "60") Integer minutes,
            @RequestParam(required = false) String technique, @RequestParam(required = false) UUID plan,
            @RequestParam(name = "confirmed", required = false) String confirmed,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        BookingRequest request = new BookingRequest(id, therapist, start, minutes, technique, plan);
        try {
            if (!"yes".equals(confirmed)) {
                booking.preview(user, request);
                return "redirect:" + confirmUrl(id, therapist, start, minutes, technique, plan, null, null);
            }
            booking.book(user, request);
            redirect.addFlashAttribute("notice", user.role().isStaff() ? "booking.booked.staff" : "booking.booked");
            return toSessions(user, id, redirect);
        } catch (BookingRefusedException refused) {
            redirect.addFlashAttribute("problem", refused.fieldErrors().values().iterator().next());
            return "redirect:" + backToBooking(id, therapist, technique, null);
        }
    }

    /**
     * Books the plan's remaining sessions from the chosen slot, every {@code everyDays}, once confirmed on the confirm
     * step (without it, nothing is booked and the confirm step is shown); clashing dates are listed.
     */
    @PostMapping("/patients/{id}/appointments/series")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String bookSeries(@PathVariable UUID id, @RequestParam(required = false) UUID therapist,
            @RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "60") Integer minutes,
            @RequestParam(required = false) String technique, @RequestParam(required = false) UUID plan,
            @RequestParam(defaultValue = "10") int count, @RequestParam(defaultValue = "7") int everyDays,
            @RequestParam(name = "confirmed", required = false) String confirmed,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        BookingRequest request = new BookingRequest(id, therapist, start, minutes, technique, plan);
        try {
            if (!"yes".equals(confirmed)) {
                booking.preview(user, request);
                return "redirect:" + confirmUrl(id, therapist, start, minutes, technique, plan, count, everyDays);
            }
            Booking.SeriesOutcome outcome = booking.bookSeries(user, request, count, everyDays);
            redirect.addFlashAttribute("notice", "booking.seriesBooked");
            redirect.addFlashAttribute("seriesBooked", outcome.booked().size());
            redirect.addFlashAttribute("seriesRefused", outcome.refused());
        } catch (BookingRefusedException refused) {
            redirect.addFlashAttribute("problem", refused.fieldErrors().values().iterator().next());
            if (!"yes".equals(confirmed)) {
                return "redirect:" + backToBooking(id, therapist, technique, null);
            }
        }
        return toSessions(user, id, redirect);
    }

    /**
     * The confirm step before cancelling a session: what is cancelled, whether it counts as late, and the reason,
     * which is required. Nothing changes until its form is sent.
     */
    @GetMapping("/appointments/{appointment}/cancel")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String confirmCancel(@PathVariable UUID appointment, @AuthenticationPrincipal CurrentUser user, Model model) {
        return cancelPage(user, visits.toCancel(user, appointment), "", null, model);
    }

    /**
     * Cancels once confirmed with a reason on the page above. Without the confirmation, or without a reason, nothing
     * changes: the confirm page is shown again, keeping what was typed, with the message beside the reason.
     */
    @PostMapping("/appointments/{appointment}/cancel")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    String cancel(@PathVariable UUID appointment, @RequestParam(defaultValue = "") String reason,
            @RequestParam(name = "confirmed", required = false) String confirmed,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        if (!"yes".equals(confirmed)) {
            return cancelPage(user, visits.toCancel(user, appointment), reason, null, model);
        }
        try {
            Appointment cancelled = visits.cancel(user, appointment, reason);
            redirect.addFlashAttribute("notice", cancelled.lateCancellation() ? "booking.cancelledLate" : "booking.cancelled");
            return toSessions(user, cancelled.patientId(), redirect);
        } catch (BookingRefusedException refused) {
            response.setStatus(422);
            return cancelPage(user, visits.toCancel(user, appointment), reason, refused.fieldErrors(), model);
        }
    }

    private String cancelPage(CurrentUser user, Appointment appointment, String reason,
            java.util.Map<String, String> errors, Model model) {
        model.addAttribute("patient", patients.require(user, appointment.patientId(), PatientAction.EDIT_CLINICAL));
        model.addAttribute("appointment", appointment);
        model.addAttribute("therapistName", directory.profile(appointment.therapistId())
                .map(org.kneadwell.therapist.TherapistProfile::displayName).orElse(""));
        model.addAttribute("late", visits.wouldBeLate(appointment));
        model.addAttribute("cancellable", appointment.isActive() && appointment.start().isAfter(clock.instant()));
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors == null ? java.util.Map.of() : errors);
        model.addAttribute("backUrl", user.role().isStaff() ? "/patients/" + appointment.patientId() + "#appointments" : "/");
        return "scheduling/cancel-confirm";
    }

    @PostMapping("/appointments/{appointment}/no-show")
    @RouteAccess(value = Audience.THERAPIST, patientData = true)
    String noShow(@PathVariable UUID appointment, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        try {
            Appointment missed = visits.markNoShow(user, appointment);
            redirect.addFlashAttribute("notice", "booking.noShow");
            return toSessions(user, missed.patientId(), redirect);
        } catch (BookingRefusedException refused) {
            redirect.addFlashAttribute("problem", refused.fieldErrors().values().iterator().next());
        }
        return "redirect:/";
    }

    /**
     * The booking page again, keeping the chosen therapist and technique. Built from the form's input, so every
     * parameter is percent-encoded: a line break or a {@code {placeholder}} must neither split the Location header
     * nor be read as a URI template by the redirect.
     */
    static String backToBooking(UUID patientId, UUID therapist, String technique, String start) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        if (therapist != null) {
            values.put("therapist", therapist);
            if (technique != null && !technique.isEmpty()) {
                values.put("technique", technique);
            }
            if (start != null && !start.isEmpty()) {
                values.put("start", start);
            }
        }
        return encoded("/patients/" + patientId + "/book", values);
    }

    /** The confirm step's address for these choices, every parameter percent-encoded (see above). */
    static String confirmUrl(UUID patientId, UUID therapist, String start, Integer minutes, String technique,
            UUID plan, Integer count, Integer everyDays) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("therapist", therapist);
        values.put("start", start);
        values.put("minutes", minutes);
        if (technique != null && !technique.isEmpty()) {
            values.put("technique", technique);
        }
        if (plan != null) {
            values.put("plan", plan);
        }
        if (count != null && everyDays != null) {
            values.put("count", count);
            values.put("everyDays", everyDays);
        }
        return encoded("/patients/" + patientId + "/book/confirm", values);
    }

    /**
     * A path with query parameters whose values are strictly percent-encoded as URI variables: a "+" in a time's
     * offset stays a plus, a line break cannot split a header, and braces are not read as a template.
     */
    private static String encoded(String path, java.util.Map<String, Object> values) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        values.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
        return uri.encode().buildAndExpand(values).toUriString();
    }

    /**
     * After booking or cancelling: staff to the chart's sessions, with the message shown in that section where they
     * land; the patient home, with the message at the top.
     */
    private static String toSessions(CurrentUser user, UUID patientId, RedirectAttributes redirect) {
        if (!user.role().isStaff()) {
            return "redirect:/";
        }
        redirect.addFlashAttribute("flashSection", "appointments");
        return "redirect:/patients/" + patientId + "#appointments";
    }

    /** The time chosen before ("Back" from the confirm step), to mark it among the slots; null when none or unreadable. */
    private static java.time.Instant chosenStart(String start) {
        if (start == null || start.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(start.strip()).toInstant();
        } catch (java.time.format.DateTimeParseException unreadable) {
            return null;
        }
    }

}
