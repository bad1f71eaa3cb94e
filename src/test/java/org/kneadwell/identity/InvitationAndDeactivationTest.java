package org.kneadwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kneadwell.notification.Outbox;
import org.kneadwell.notification.OutboxMessage;
import org.kneadwell.support.Api;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An admin invites a therapist, who activates the account from the e-mail; deactivation ends everything at once. */
@KneadwellTest
class InvitationAndDeactivationTest {

    private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    Outbox outbox;

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

        OutboxMessage mail = outbox.latest(50).stream().filter(m -> m.recipient().equals("robin.hale@example.org"))
                .findFirst().orElseThrow();
        Matcher link = LINK.matcher(mail.body());
        assertThat(link.find()).isTrue();
        String path = "/invitations/" + link.group(1);

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
        HttpResponse<String> deactivated = admin.post("/admin/users/" + account.publicId() + "/deactivate", Map.of());
        assertThat(deactivated.statusCode()).isEqualTo(302);

        assertThat(api.get("/api/v1/patients", token).statusCode()).isEqualTo(401);
        HttpResponse<String> afterwards = robin.get("/");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(robin.signIn("robin.hale@example.org", "a long walk by the river", "")).isFalse();
    }
}
