package org.kneadwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.kneadwell.support.Api;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.kneadwell.support.TotpCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in on the form and the API: second factor, one message for every failure, throttling, tokens. */
@KneadwellTest
class SignInAndTokensTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Test
    void therapistAndPatientGetATokenWithPasswordAlone() {
        Api api = new Api(port);
        HttpResponse<String> therapist = api.requestToken(Demo.THERAPIST, Demo.PASSWORD, null);
        HttpResponse<String> patient = api.requestToken(Demo.PATIENT, Demo.PASSWORD, null);

        assertThat(therapist.statusCode()).isEqualTo(200);
        assertThat(therapist.body()).contains("\"expiresAt\"");
        assertThat(Api.tokenIn(therapist.body())).hasSizeGreaterThanOrEqualTo(22);
        assertThat(patient.statusCode()).isEqualTo(200);
    }

    @Test
    void clinicianNeedsTheAuthenticatorCodeAndEachCodeWorksOnce() {
        Api api = new Api(port);
        assertThat(api.requestToken(Demo.OTHER_CLINICIAN, Demo.PASSWORD, null).statusCode()).isEqualTo(401);
        assertThat(api.requestToken(Demo.OTHER_CLINICIAN, Demo.PASSWORD, "000000").statusCode()).isEqualTo(401);

        String code = TotpCodes.fresh(Demo.OTHER_CLINICIAN, totp);
        HttpResponse<String> first = api.requestToken(Demo.OTHER_CLINICIAN, Demo.PASSWORD, code);
        HttpResponse<String> replay = api.requestToken(Demo.OTHER_CLINICIAN, Demo.PASSWORD, code);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(replay.statusCode()).isEqualTo(401);
    }

    @Test
    void everyFailureGetsTheSameAnswer() {
        Api api = new Api(port);
        HttpResponse<String> wrongPassword = api.requestToken(Demo.THERAPIST, "wrong-password-123", null);
        HttpResponse<String> noSuchAccount = api.requestToken("nobody@demo.kneadwell.org", "wrong-password-123", null);

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(noSuchAccount.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(noSuchAccount.body());
        assertThat(wrongPassword.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void fiveFailuresPauseSignInEvenWithTheRightPasswordAndWhetherOrNotTheAccountExists() {
        Api api = new Api(port);
        String existing = "amara.okafor@demo.kneadwell.org";
        String missing = "no.such.person@demo.kneadwell.org";
        for (int i = 0; i < 5; i++) {
            api.requestToken(existing, "wrong-password-" + i, null);
            api.requestToken(missing, "wrong-password-" + i, null);
        }
        HttpResponse<String> rightPassword = api.requestToken(existing, Demo.PASSWORD, null);
        HttpResponse<String> stillMissing = api.requestToken(missing, Demo.PASSWORD, null);

        assertThat(rightPassword.statusCode()).isEqualTo(401);
        assertThat(rightPassword.body()).isEqualTo(stillMissing.body());
        Browserless page = new Browserless(port);
        assertThat(page.signIn(existing, Demo.PASSWORD, "")).isFalse();
    }

    @Test
    void anonymousApiCallsGetProblemJson401() {
        HttpResponse<String> response = new Api(port).get("/api/v1/patients", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void aRevokedTokenStopsWorking() {
        Api api = new Api(port);
        String token = api.token(Demo.PATIENT, totp);
        assertThat(api.get("/api/v1/patients", token).statusCode()).isEqualTo(200);

        assertThat(api.send("DELETE", "/api/v1/auth/token", token, null).statusCode()).isEqualTo(204);

        assertThat(api.get("/api/v1/patients", token).statusCode()).isEqualTo(401);
    }

    @Test
    void formSignInRotatesTheSessionAndWrongPasswordShowsTheError() {
        Browserless page = new Browserless(port);
        assertThat(page.signIn(Demo.THERAPIST, "not-the-password", "")).isFalse();
        assertThat(page.get("/login?error").body()).contains("id=\"signin-error\"");

        assertThat(page.signIn(Demo.THERAPIST, totp)).isTrue();
        assertThat(page.get("/").body()).contains("Hello, Maya Chen");
    }
}
