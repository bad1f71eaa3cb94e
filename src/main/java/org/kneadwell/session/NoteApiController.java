package org.kneadwell.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Session notes over the API: the draft ({@code GET|PUT}), signing, addenda and voiding, and a patient's notes.
 * A refused note answers problem JSON naming each field ({@code treatments[0].pressure}): 422 when effective safety
 * or the note's state refuses it, 400 when only the input's shape is wrong. Nothing is saved then.
 */
@RestController
class NoteApiController {

    private final SessionNotes notes;
    private final NoteProblems problems;

    NoteApiController(SessionNotes notes, NoteProblems problems) {
        this.notes = notes;
        this.problems = problems;
    }

    record PalpationView(String region, int tension, boolean triggerPoints) {
    }

    record ObjectiveView(List<PalpationView> palpation, BigDecimal schoberCm, BigDecimal fingertipToFloorCm) {
    }

    record TreatmentView(String technique, List<String> regions, int pressure, int minutes,
            BigDecimal stoneTemperatureC, String overrideReason, List<String> overridden) {
    }

    record AddendumView(UUID id, String text, String reason, String author, Instant at) {
    }

    record NoteView(UUID id, UUID appointmentId, UUID patientId, Instant sessionStart, String status,
            String attendance, Integer painBefore, List<String> painRegions, String subjective,
            ObjectiveView objective, String assessment, String plan, List<TreatmentView> treatments,
            Integer painAfter, String patientWords, String author, Instant updatedAt, Instant signedAt,
            String signedBy, Instant voidedAt, String voidedBy, String voidReason, List<AddendumView> addenda) {

        static NoteView of(SessionNote n) {
            NoteContent c = n.content();
            return new NoteView(n.publicId(), n.appointmentId(), n.patientId(), n.sessionStart(), n.status().name(),
                    c.attendance().name(), c.painBefore(), c.painRegions().stream().map(Enum::name).toList(),
                    c.subjective(), new ObjectiveView(c.palpations().stream()
                            .map(p -> new PalpationView(p.region().name(), p.tension(), p.triggerPoints())).toList(),
                            c.schoberCm(), c.fingertipFloorCm()),
                    c.assessment(), c.plan(), c.treatments().stream().map(t -> new TreatmentView(t.technique().name(),
                            t.regions().stream().map(Enum::name).sorted().toList(), t.pressure(), t.minutes(),
                            t.stoneTemperatureC(), t.overrideReason(), t.overridden())).toList(),
                    c.painAfter(), c.patientWords(), n.authorName(), n.updatedAt(), n.signedAt(), n.signedByName(),
                    n.voidedAt(), n.voidedByName(), n.voidReason(), n.addenda().stream()
                            .map(a -> new AddendumView(a.publicId(), a.text(), a.reason(), a.authorName(), a.at()))
                            .toList());
        }
    }

    record AddendumBody(String text, String reason) {
    }

    record VoidBody(String reason) {
    }

    @GetMapping("/api/v1/appointments/{id}/note")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    NoteView note(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return NoteView.of(notes.session(user, id).note());
    }

    @GetMapping("/api/v1/notes/{id}")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    NoteView byId(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return NoteView.of(notes.note(user, id));
    }

    @PutMapping("/api/v1/appointments/{id}/note")
    @ApiResponse(responseCode = "200", description = "The draft as saved")
    @ApiResponse(responseCode = "422", description = "Refused by effective safety or the note's state; nothing saved")
    @RouteAccess(value = Audience.THERAPIST, patientData = true)
    NoteView save(@PathVariable UUID id, @RequestBody(required = false) NoteInput body,
            @AuthenticationPrincipal CurrentUser therapist) {
        NoteInput input = body == null ? new NoteInput(null, null, null, null, null, null, null, null, null, null) : body;
        return NoteView.of(notes.save(therapist, id, input));
    }

    @PostMapping("/api/v1/appointments/{id}/note/sign")
    @ApiResponse(responseCode = "200", description = "Signed and locked")
    @ApiResponse(responseCode = "422", description = "Incomplete, beyond effective safety, or already signed")
    @RouteAccess(value = Audience.THERAPIST, patientData = true)
    NoteView sign(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser therapist) {
        return NoteView.of(notes.sign(therapist, id));
    }

    @PostMapping("/api/v1/notes/{id}/addenda")
    @ApiResponse(responseCode = "201", description = "The addendum, linked to the signed note")
    @ApiResponse(responseCode = "422", description = "The note is not signed (a draft, or voided)")
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    ResponseEntity<AddendumView> addendum(@PathVariable UUID id, @RequestBody(required = false) AddendumBody body,
            @AuthenticationPrincipal CurrentUser user) {
        SessionNote.Addendum a = notes.addAddendum(user, id, body == null ? null : body.text(),
                body == null ? null : body.reason());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new AddendumView(a.publicId(), a.text(), a.reason(), a.authorName(), a.at()));
    }

    @PostMapping("/api/v1/notes/{id}/void")
    @ApiResponse(responseCode = "200", description = "Voided; it stays visible as voided with the reason")
    @ApiResponse(responseCode = "422", description = "The note is not signed")
    @RouteAccess(value = { Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    NoteView voidNote(@PathVariable UUID id, @RequestBody(required = false) VoidBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return NoteView.of(notes.voidNote(user, id, body == null ? null : body.reason()));
    }

    @GetMapping("/api/v1/patients/{id}/sessions")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    List<NoteView> sessions(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return notes.ofPatient(user, id).stream().map(NoteView::of).toList();
    }

    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(NoteRefusedException.class)
    ResponseEntity<ProblemDetail> refused(NoteRefusedException ex) {
        HttpStatus status = ex.unprocessable() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.unprocessable()
                ? "The note was refused; nothing was saved. See errors." : "Some fields are missing or invalid; see errors.");
        problem.setTitle(ex.unprocessable() ? "Refused" : "Invalid request");
        problem.setProperty("errors", ex.problems().stream()
                .map(p -> new FieldProblem(p.field(), problems.message(p, Locale.ENGLISH))).toList());
        return ResponseEntity.status(status).body(problem);
    }
}
