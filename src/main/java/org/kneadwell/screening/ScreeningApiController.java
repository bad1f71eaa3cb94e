package org.kneadwell.screening;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kneadwell.audit.AuditTrail;
import org.kneadwell.screening.policy.ScreeningEngine;
import org.kneadwell.shared.Actor;
import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;

/**
 * Evaluates a screening without storing it (screening contract §4), for staff trying answers out. The intake
 * flow uses the same engine and stores its result. Only the audit record is written.
 */
@RestController
@RequestMapping("/api/v1/screenings")
class ScreeningApiController {

    private final CurrentScreeningPolicy policy;
    private final AuditTrail audit;

    ScreeningApiController(CurrentScreeningPolicy policy, AuditTrail audit) {
        this.policy = policy;
        this.audit = audit;
    }

    @PostMapping("/evaluate")
    @RouteAccess({ Audience.THERAPIST, Audience.CLINICIAN, Audience.ADMIN })
    ScreeningResponse evaluate(@RequestBody EvaluateRequest body, @AuthenticationPrincipal Actor user) {
        ScreeningResponse response = ScreeningResponse.of(
                ScreeningEngine.evaluate(ScreeningRequestReader.read(body), policy.current()));
        audit.read(user, "screening.evaluate", null, "screening", null);
        return response;
    }

    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(InvalidScreeningRequestException.class)
    ProblemDetail invalid(InvalidScreeningRequestException ex) {
        return problem(ex.fieldErrors());
    }

    /** Unreadable JSON, naming the field with its list indices (e.g. {@code conditions[1].weeks}) when Jackson knows it. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
                return problem(Map.of(path(json.getPath()), "This value does not have the expected type."));
            }
        }
        return problem(Map.of("body", "The request body is not valid JSON of the expected shape."));
    }

    private static String path(List<JacksonException.Reference> references) {
        return references.stream()
                .map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static ProblemDetail problem(Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some fields are missing or invalid; see errors.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors.entrySet().stream()
                .map(e -> new FieldProblem(e.getKey(), e.getValue())).toList());
        return problem;
    }
}
