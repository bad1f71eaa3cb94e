package org.kneadwell.identity;

import java.io.IOException;

import org.springframework.http.MediaType;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** RFC 9457 answers for API calls refused before they reach a controller. */
final class ApiProblems {

    private ApiProblems() {
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, Exception cause)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, 401, "Unauthorized",
                "Send Authorization: Bearer <token>; get a token from POST /api/v1/auth/token.");
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, Exception cause)
            throws IOException {
        write(response, 403, "Forbidden", "Your role may not use this route.");
    }

    /** The FHIR API's refusals, as OperationOutcomes (written by hand: HAPI lives only in the fhir module). */
    static void fhirUnauthorized(HttpServletRequest request, HttpServletResponse response, Exception cause)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        writeOutcome(response, 401, "login",
                "Send Authorization: Bearer <token>; get a token from POST /api/v1/auth/token.");
    }

    static void fhirForbidden(HttpServletRequest request, HttpServletResponse response, Exception cause)
            throws IOException {
        writeOutcome(response, 403, "forbidden", "Your role may not use this route.");
    }

    private static void writeOutcome(HttpServletResponse response, int status, String code, String diagnostics)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/fhir+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                + "\"code\":\"" + code + "\",\"diagnostics\":\"" + diagnostics + "\"}]}");
    }

    private static void write(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
