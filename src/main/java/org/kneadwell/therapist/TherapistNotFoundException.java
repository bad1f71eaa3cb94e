package org.kneadwell.therapist;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No therapist profile with this id: a 404 page, or 404 problem JSON in the API. */
public class TherapistNotFoundException extends ErrorResponseException {

    public TherapistNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No therapist with this id.");
        problem.setTitle("Not found");
        return problem;
    }
}
