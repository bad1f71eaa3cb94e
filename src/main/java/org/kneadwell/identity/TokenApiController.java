package org.kneadwell.identity;

import java.time.Instant;

import org.kneadwell.shared.RouteAccess;
import org.kneadwell.shared.RouteAccess.Audience;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Exchanges credentials for a bearer token once, so API calls never pay for a password hash check. */
@RestController
@RequestMapping("/api/v1/auth/token")
class TokenApiController {

    private final SignIn signIn;
    private final ApiTokens tokens;

    TokenApiController(SignIn signIn, ApiTokens tokens) {
        this.signIn = signIn;
        this.tokens = tokens;
    }

    record TokenRequest(@NotBlank @Size(max = 254) String username, @NotBlank @Size(max = 200) String password,
            @Size(max = 10) String totp) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    @PostMapping
    @RouteAccess(Audience.PUBLIC)
    TokenResponse issue(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
        CurrentUser user = signIn.authenticate(body.username(), body.password(), body.totp(), request.getRemoteAddr());
        ApiTokens.IssuedToken issued = tokens.issue(user);
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    @DeleteMapping
    @ApiResponse(responseCode = "204", description = "Revoked: the token no longer works")
    @RouteAccess(Audience.SIGNED_IN)
    ResponseEntity<Void> revoke(@RequestHeader("Authorization") String authorization) {
        tokens.revoke(authorization.substring("Bearer ".length()).strip());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(SignInFailedException.class)
    ProblemDetail signInFailed() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "Sign-in failed. Check the user name, password and (for clinicians and admins) the authenticator "
                        + "code. After 5 failed attempts, sign-in is paused for 15 minutes.");
        problem.setTitle("Sign-in failed");
        return problem;
    }
}
