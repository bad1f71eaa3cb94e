package org.kneadwell.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.notification.Outbox;
import org.kneadwell.notification.OutboxMessage;
import org.kneadwell.shared.PublicAddress;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without KNEADWELL_BASE_URL, links that leave the app start with the address it was reached at (here
 * 127.0.0.1 rather than localhost), not a fixed http://localhost:8080; background jobs use where a signed-in
 * person last reached it, and an anonymous request cannot change that.
 */
@KneadwellTest
class LinksFollowTheAppsAddressTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    Outbox outbox;

    @Autowired
    PublicAddress address;

    @Autowired
    org.kneadwell.support.SentMail mail;

    @Test
    void anInvitationLinkStartsWhereTheAdminReachedTheApp() {
        String reached = "http://127.0.0.1:" + port;
        Browserless admin = new Browserless(reached);
        assertThat(admin.signIn(Demo.ADMIN, totp)).isTrue();
        admin.get("/admin/users");

        HttpResponse<String> invited = admin.post("/admin/users",
                Map.of("email", "sam.okoye@example.org", "displayName", "Sam Okoye", "role", "THERAPIST"));

        assertThat(invited.statusCode()).isEqualTo(302);
        String path = mail.invitationPathTo("sam.okoye@example.org");
        assertThat(mail.to("sam.okoye@example.org")).last().satisfies(sent -> assertThat(sent.getText())
                .contains(reached + path).doesNotContain("localhost"));
    }

    @Test
    void aCalendarLinkStartsWhereTheTherapistReachedTheApp() {
        String reached = "http://127.0.0.1:" + port;
        Browserless maya = new Browserless(reached);
        assertThat(maya.signIn(Demo.THERAPIST, totp)).isTrue();
        maya.get("/");

        maya.post("/calendar-links", Map.of());

        assertThat(maya.get("/").body()).containsPattern(
                "id=\"calendar-link\"[^>]*>" + java.util.regex.Pattern.quote(reached) + "/calendar/[A-Za-z0-9_-]+\\.ics<");
    }

    @Test
    void backgroundJobsUseWhereASignedInPersonLastReachedTheAppAndStrangersCannotMoveIt() {
        Browserless maya = new Browserless("http://127.0.0.1:" + port);
        assertThat(maya.signIn(Demo.THERAPIST, totp)).isTrue();
        maya.get("/");
        assertThat(address.forBackgroundJobs()).isEqualTo("http://127.0.0.1:" + port);

        new Browserless("http://localhost:" + port).get("/login");

        assertThat(address.forBackgroundJobs()).as("an anonymous request does not count")
                .isEqualTo("http://127.0.0.1:" + port);
    }
}
