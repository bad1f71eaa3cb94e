package org.kneadwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kneadwell.support.Api;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.kneadwell.support.SentMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An admin invites a therapist, who activates the account from the e-mail; deactivation ends everything at once. */
@KneadwellTest
class InvitationAndDeactivationTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    SentMail mail;

    @Autowired
    AccountDirectory accounts;

    @Test
    void invitedTherapistActivatesSignsInAndLosesAccessWhenDeactivated() {
        Browserless admin = new Browserless(port);
        assertThat(admin.signIn(Demo.ADMIN, totp)).isTrue();
        admin.get("/admin/users");

        HttpResponse<String> refused = admin.post("/admin/users",
                Map.of("email", "not-an-address", "displayName", "", "role", "THERAPIST"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("is-invalid").contains("Enter a valid e-mail address.");

        HttpResponse<String> invited = admin.post("/admin/users",
                Map.of("email", "robin.hale@example.org", "displayName", "Robin Hale", "role", "THERAPIST"));
        assertThat(invited.statusCode()).isEqualTo(302);

        String path = mail.invitationPathTo("robin.hale@example.org");

        Browserless robin = new Browserless(port);
        assertThat(robin.get(path).body()).contains("Robin Hale");
        HttpResponse<String> weak = robin.post(path, Map.of("password", "password1234", "confirmation", "password1234"));
        assertThat(weak.body()).contains("This password is too common");
        HttpResponse<String> mismatch = robin.post(path,
                Map.of("password", "a long walk by the river", "confirmation", "a long walk by the sea"));
        assertThat(mismatch.body()).contains("The two passwords differ.");
        HttpResponse<String> accepted = robin.post(path,
                Map.of("password", "a long walk by the river", "confirmation", "a long walk by the river"));
        assertThat(accepted.headers().firstValue("Location").orElse("")).endsWith("/login?activated");
        assertThat(robin.get(path).statusCode()).isEqualTo(404);

        assertThat(robin.signIn("robin.hale@example.org", "a long walk by the river", "")).isTrue();
        assertThat(robin.get("/").statusCode()).isEqualTo(200);
        Api api = new Api(port);
        String token = Api.tokenIn(api.requestToken("robin.hale@example.org", "a long walk by the river", null).body());
        assertThat(api.get("/api/v1/patients", token).statusCode()).isEqualTo(200);

        AccountSummary account = accounts.findByEmail("robin.hale@example.org").orElseThrow();
        admin.get("/admin/users");
        HttpResponse<String> deactivated = admin.post("/admin/users/" + account.publicId() + "/deactivate",
                Map.of("confirmed", "yes"));
        assertThat(deactivated.statusCode()).isEqualTo(302);

        assertThat(api.get("/api/v1/patients", token).statusCode()).isEqualTo(401);
        HttpResponse<String> afterwards = robin.get("/");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(robin.signIn("robin.hale@example.org", "a long walk by the river", "")).isFalse();
    }
}
