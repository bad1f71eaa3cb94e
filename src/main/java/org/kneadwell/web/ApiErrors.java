package org.kneadwell.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.clearance.InvalidDecisionException;
import org.kneadwell.patient.InvalidPatientDetailsException;
import org.kneadwell.screening.InvalidScreeningRequestException;
import org.kneadwell.patient.PatientNotFoundException;
import org.kneadwell.scheduling.BookingRefusedException;
import org.kneadwell.session.InvalidFollowUpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problem JSON for every API error. Bad input names each field in {@code errors}; a record the
 * caller may not see is a 404 like a missing one; anything unexpected is a 500 with an incident id and no
 * internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), messages.getMessage(error, Locale.ENGLISH)));
        }
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "";
        for (Throwable cause = ex.getCause(); cause != null && field.isEmpty(); cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                field = json.getPath().stream().map(JacksonException.Reference::getPropertyName)
                        .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining("."));
            }
        }
        if (!field.isEmpty()) {
            return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field,
                    "This value does not have the expected type or format (dates are YYYY-MM-DD)."))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON of the expected shape.");
        problem.setTitle("Unreadable request");
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(InvalidPatientDetailsException.class)
    ProblemDetail invalidDetails(InvalidPatientDetailsException ex) {
        return invalid(ex.fieldErrors().entrySet().stream()
                .map(e -> new FieldProblem(e.getKey(), messages.getMessage(e.getValue(), null, e.getValue(), Locale.ENGLISH)))
                .toList());
    }

    /** A screening request whose fields are wrong: the messages are already the contract's words (§4). */
    @ExceptionHandler(InvalidScreeningRequestException.class)
    ProblemDetail invalidScreening(InvalidScreeningRequestException ex) {
        return invalid(ex.fieldErrors().entrySet().stream().map(e -> new FieldProblem(e.getKey(), e.getValue())).toList());
    }

    @ExceptionHandler(InvalidDecisionException.class)
    ProblemDetail invalidDecision(InvalidDecisionException ex) {
        return invalid(ex.fieldErrors().entrySet().stream()
                .map(e -> new FieldProblem(e.getKey(), messages.getMessage(e.getValue(), null, e.getValue(), Locale.ENGLISH)))
                .toList());
    }

    @ExceptionHandler(BookingRefusedException.class)
    ResponseEntity<ProblemDetail> bookingRefused(BookingRefusedException ex) {
        ProblemDetail problem = invalid(ex.fieldErrors().entrySet().stream()
                .map(e -> new FieldProblem(e.getKey(), messages.getMessage(e.getValue(), null, e.getValue(), Locale.ENGLISH)))
                .toList());
        if (ex.conflict()) {
            problem.setStatus(HttpStatus.CONFLICT);
            problem.setTitle(ex.title());
            problem.setDetail(messages.getMessage(ex.fieldErrors().values().iterator().next(), null, Locale.ENGLISH));
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(InvalidFollowUpException.class)
    ProblemDetail invalidFollowUp(InvalidFollowUpException ex) {
        return invalid(ex.fieldErrors().entrySet().stream()
                .map(e -> new FieldProblem(e.getKey(), messages.getMessage(e.getValue(), null, e.getValue(), Locale.ENGLISH)))
                .toList());
    }

    @ExceptionHandler(PatientNotFoundException.class)
    ProblemDetail notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No patient with this id is visible to you.");
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        return invalid(List.of(new FieldProblem(ex.getName(), "This value does not have the expected format.")));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Your role may not use this route.");
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected API error, incident {}: {}", incident, ex.getClass().getName());
        log.debug("Incident {} stack trace", incident, ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Nothing was changed. Quote incident " + incident + ".");
        problem.setTitle("Internal error");
        problem.setProperties(Map.of("incident", incident));
        return problem;
    }

    private static ProblemDetail invalid(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some fields are missing or invalid; see errors.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }
}
