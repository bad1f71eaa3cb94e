package org.kneadwell.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.outcome.Instrument.Option;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.kneadwell.shared.Technique;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outcomes over the API (issue 12 item 8): instruments, questionnaire responses scored on the server, the pain
 * diary, observations newest first and progress from baseline. Bad input is problem JSON naming each item.
 */
@RestController
class OutcomeApiController {

    private final Outcomes outcomes;

    OutcomeApiController(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    record OptionView(int value, int score, String label) {
        static OptionView of(Option o) {
            return new OptionView(o.value(), o.score(), o.label());
        }
    }

    record ItemView(String id, String name, String text, boolean optional, boolean reverse, List<OptionView> options) {
    }

    record InstrumentView(String id, String title, String kind, boolean available, String unavailableReason,
            String licence, String loinc, String unit, BigDecimal min, BigDecimal max, String direction,
            BigDecimal mcidPoints, BigDecimal mcidPercent, String recall, String answer, String instructions,
            List<ItemView> items) {

        static InstrumentView of(Availability a) {
            Instrument i = a.instrument();
            List<ItemView> items = i.items().stream().map(item -> new ItemView(item.id(), item.name(), item.text(),
                    item.optional(), item.reverse(), i.optionsOf(item).stream().map(OptionView::of).toList())).toList();
            return new InstrumentView(i.id(), i.title(), i.kind().name(), a.available(), a.reason(), i.licence(),
                    i.loinc(), i.unit(), i.min(), i.max(), i.direction().name(),
                    i.mcid() == null ? null : i.mcid().points(), i.mcid() == null ? null : i.mcid().percent(), i.recall(),
                    i.answer().name(), i.instructions(), items);
        }
    }

    /** {@code score} is here only to refuse it: the server computes every score. */
    record ResponseRequest(String instrument, List<Object> answers, List<String> activities, Instant effectiveAt,
            Object score) {
    }

    record ResponseView(UUID id, String instrument, BigDecimal score, String display, Integer subscale,
            String riskGroup, Instant effectiveAt, String source) {
    }

    record DiaryRequest(Integer pain, String note, Boolean flareUp, List<String> redFlags, Instant effectiveAt) {
    }

    record DiaryView(UUID id, int pain, String note, boolean flareUp, List<String> redFlags, Instant effectiveAt) {
    }

    record ObservationView(String code, String loinc, BigDecimal value, String unit, Instant effectiveAt,
            String source, UUID appointmentId, UUID responseId, UUID diaryId, List<Technique> techniques) {
    }

    record ObservationPage(List<ObservationView> items, int page, int size, boolean hasMore) {
    }

    record ProgressView(String instrument, BigDecimal baseline, BigDecimal latest, BigDecimal change,
            BigDecimal changePercent, boolean mcidReached, String direction, Instant baselineAt, Instant latestAt) {
    }

    @GetMapping("/api/v1/instruments")
    @RouteAccess({ Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN })
    List<InstrumentView> instruments() {
        return outcomes.instruments().stream().map(InstrumentView::of).toList();
    }

    @PostMapping("/api/v1/patients/{id}/responses")
    @ResponseStatus(HttpStatus.CREATED)
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    ResponseView respond(@PathVariable UUID id, @RequestBody ResponseRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        if (request.score() != null) {
            throw InvalidOutcomeException.of("score", "The server computes the score; do not send one.");
        }
        StoredResponse r = outcomes.submit(user, id, new Outcomes.Submission(request.instrument(), request.answers(),
                request.activities(), request.effectiveAt()));
        int decimals = outcomes.available(r.instrument()).map(Instrument::decimals).orElse(0);
        return new ResponseView(r.publicId(), r.instrument(), r.score().value().stripTrailingZeros(),
                r.score().display(decimals), r.score().subscale(), r.score().riskGroup(), r.effectiveAt(),
                r.source().name());
    }

    @PostMapping("/api/v1/patients/{id}/diary")
    @ResponseStatus(HttpStatus.CREATED)
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    DiaryView diary(@PathVariable UUID id, @RequestBody DiaryRequest request, @AuthenticationPrincipal CurrentUser user) {
        DiaryEntry e = outcomes.recordDiary(user, id, new Outcomes.DiaryInput(request.pain(), request.note(),
                request.flareUp(), request.redFlags(), request.effectiveAt()));
        return new DiaryView(e.publicId(), e.pain(), e.note(), e.flareUp(), e.redFlags(), e.effectiveAt());
    }

    @GetMapping("/api/v1/patients/{id}/observations")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    ObservationPage observations(@PathVariable UUID id, @RequestParam(required = false) String code,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user) {
        String wanted = code == null || code.isBlank() ? null : code;
        if (size < 1 || size > 100) {
            throw InvalidOutcomeException.of("size", "Ask for 1 to 100 observations a page.");
        }
        List<Measurement> rows = outcomes.observations(user, id, wanted, from, to, page, size + 1);
        List<ObservationView> items = rows.stream().limit(size).map(m -> new ObservationView(m.code(),
                outcomes.available(m.code()).map(Instrument::loinc).orElse(
                        Measurement.PAIN_AFTER_SESSION.equals(m.code()) ? "72514-3" : null),
                m.value().stripTrailingZeros(), m.unit(), m.effectiveAt(), m.source().name(), m.appointmentId(),
                m.responseId(), m.diaryId(), m.techniques())).toList();
        return new ObservationPage(items, page, size, rows.size() > size);
    }

    @GetMapping("/api/v1/patients/{id}/progress")
    @RouteAccess(value = { Audience.PATIENT, Audience.THERAPIST, Audience.CLINICIAN }, patientData = true)
    List<ProgressView> progress(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        return outcomes.progress(user, id).stream().map(c -> new ProgressView(c.instrument(),
                c.baseline().stripTrailingZeros(), c.latest().stripTrailingZeros(), c.change().stripTrailingZeros(),
                c.changePercent(), c.mcidReached(), c.direction().name(), c.baselineAt(), c.latestAt())).toList();
    }

    @ExceptionHandler(InvalidOutcomeException.class)
    ProblemDetail invalid(InvalidOutcomeException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some items are missing or invalid; see errors. Nothing was stored.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", ex.problems().stream()
                .map(p -> Map.of("field", p.item(), "message", p.message())).toList());
        return problem;
    }
}
