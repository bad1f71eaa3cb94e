package org.kneadwell.therapist;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The therapist cannot be booked at all in the asked range: 409 problem JSON saying why, naming the therapist. */
class TherapistNotBookableException extends ErrorResponseException {

    TherapistNotBookableException(NotBookable reason, String explanation) {
        super(HttpStatus.CONFLICT, problem(reason, explanation), null);
    }

    private static ProblemDetail problem(NotBookable reason, String explanation) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, explanation);
        problem.setTitle("Therapist cannot be booked");
        problem.setProperty("reason", reason.name());
        problem.setProperty("errors", List.of(Map.of("field", "id", "message", explanation)));
        return problem;
    }
}
