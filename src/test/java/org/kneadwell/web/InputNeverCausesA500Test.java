package org.kneadwell.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.AccountStatus;
import org.kneadwell.identity.Invitations;
import org.kneadwell.identity.Role;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Api;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.kneadwell.support.SentMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Input found by the security review to cause 500s: each is now refused with a message, or problem JSON. */
@KneadwellTest
class InputNeverCausesA500Test {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    Invitations invitations;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    SentMail mail;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPasswordLongerThan72BytesAtActivationIsRefusedBesideTheField() {
        invitations.invite(accounts.findByEmail(Demo.ADMIN).orElseThrow().asCurrentUser(), "lena.long@example.org",
                "Lena Long", Role.THERAPIST, null);
        String path = mail.invitationPathTo("lena.long@example.org");
        Browserless lena = new Browserless(port);
        lena.get(path);
        String tooLong = "a long walk by the river and back again ".repeat(3).substring(0, 104);

        HttpResponse<String> refused = lena.post(path, Map.of("password", tooLong, "confirmation", tooLong));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"password-error\"").contains("Use at most 72 bytes");
        assertThat(accounts.findByEmail("lena.long@example.org").orElseThrow().status())
                .isEqualTo(AccountStatus.INVITED);
    }

    @Test
    void aTechniqueWithALineBreakOrAPlaceholderComesBackEncodedInTheRedirect() {
        UUID jordan = jdbc.sql("select public_id from patient where email = ?").param(Demo.PATIENT)
                .query(UUID.class).single();
        Browserless maya = new Browserless(port);
        assertThat(maya.signIn(Demo.THERAPIST, totp)).isTrue();
        maya.get("/patients/" + jordan + "/book");
        String therapist = UUID.randomUUID().toString();

        HttpResponse<String> lineBreak = maya.post("/patients/" + jordan + "/appointments",
                Map.of("therapist", therapist, "start", "", "technique", "SWEDISH\r\nSet-Cookie: evil=1"));
        HttpResponse<String> placeholder = maya.post("/patients/" + jordan + "/appointments",
                Map.of("therapist", therapist, "start", "", "technique", "{foo}"));

        assertThat(lineBreak.statusCode()).isEqualTo(302);
        assertThat(lineBreak.headers().firstValue("Location").orElseThrow())
                .contains("/patients/" + jordan + "/book?therapist=" + therapist)
                .contains("technique=SWEDISH%0D%0ASet-Cookie").doesNotContain("\n");
        assertThat(lineBreak.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("evil"));
        assertThat(placeholder.statusCode()).isEqualTo(302);
        assertThat(placeholder.headers().firstValue("Location").orElseThrow()).contains("technique=%7Bfoo%7D");
    }

    @Test
    void everyApiErrorIsProblemJsonEvenWhenNoControllerWasReached() throws Exception {
        Api api = new Api(port);
        String token = api.token(Demo.THERAPIST, totp);

        for (String path : new String[] { "/api/v1/patients//safety", "/api/v1/no-such-route" }) {
            HttpResponse<String> json = api.get(path, token);
            assertThat(json.statusCode()).as(path).isBetween(400, 499);
            assertThat(json.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json.body()).as(path).contains("\"status\":" + json.statusCode()).contains("\"title\"")
                    .doesNotContain("timestamp").doesNotContain("\"path\"");

            HttpResponse<String> fromABrowser = getAcceptingHtml(path);
            assertThat(fromABrowser.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        HttpResponse<String> wrongMethod = api.send("DELETE", "/api/v1/patients", token, null);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    /** A route with a variable in its path answers a wrong method or body type as such, not as an unknown path. */
    @Test
    void aRouteWithAnIdStillTellsAWrongMethodAndAWrongBodyTypeFromAnUnknownPath() throws Exception {
        UUID jordan = jdbc.sql("select public_id from patient where email = ?").param(Demo.PATIENT)
                .query(UUID.class).single();
        Api api = new Api(port);
        String token = api.token(Demo.THERAPIST, totp);

        HttpResponse<String> read = api.get("/api/v1/patients/" + jordan, token);
        HttpResponse<String> wrongMethod = api.send("DELETE", "/api/v1/patients/" + jordan, token, null);
        HttpResponse<String> wrongType = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/patients/" + jordan + "/adverse-events"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("sore")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = api.get("/api/v1/patients/" + jordan + "/no-such-thing", token);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"givenName\":\"Jordan\"");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(unknown.statusCode()).isEqualTo(404);
        for (HttpResponse<String> refused : List.of(wrongMethod, wrongType, unknown)) {
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    private HttpResponse<String> getAcceptingHtml(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
