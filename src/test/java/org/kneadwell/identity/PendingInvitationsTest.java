package org.kneadwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.kneadwell.support.SentMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The admin resends or revokes an invitation nobody has accepted yet, each after a confirmation page. */
@KneadwellTest
class PendingInvitationsTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    SentMail mail;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void resendingMailsANewLinkAndTheOldOneStopsWorking() {
        String email = "lena.fischer." + shortId() + "@example.org";
        Browserless admin = signedInAdmin();
        UUID account = invite(admin, email, "Lena Fischer");
        String firstLink = mail.invitationPathTo(email);
        assertThat(new Browserless(port).get(firstLink).statusCode()).isEqualTo(200);

        HttpResponse<String> confirm = admin.get("/admin/users/" + account + "/resend");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("Resend the invitation to Lena Fischer?").contains("name=\"confirmed\"")
                .contains(email);
        HttpResponse<String> unconfirmed = admin.post("/admin/users/" + account + "/resend", Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(200);
        assertThat(unconfirmed.body()).contains("Yes, send a new invitation");
        assertThat(mail.to(email)).hasSize(1);

        HttpResponse<String> resent = admin.post("/admin/users/" + account + "/resend", Map.of("confirmed", "yes"));
        assertThat(resent.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/users").body()).contains("A new invitation is on its way.");

        assertThat(new Browserless(port).get(firstLink).statusCode()).isEqualTo(404);
        String secondLink = waitForSecondMail(email);
        assertThat(secondLink).isNotEqualTo(firstLink);
        assertThat(new Browserless(port).get(secondLink).body()).contains("Lena Fischer");
        assertThat(new Browserless(port).get(firstLink).statusCode()).isEqualTo(404);
        assertThat(audited("invitation.resent", account)).isEqualTo(1);
    }

    @Test
    void revokingMakesTheLinkAFourOhFourAndTheAccountWaits() {
        String email = "omar.said." + shortId() + "@example.org";
        Browserless admin = signedInAdmin();
        UUID account = invite(admin, email, "Omar Said");
        String link = mail.invitationPathTo(email);

        HttpResponse<String> confirm = admin.get("/admin/users/" + account + "/revoke");
        assertThat(confirm.body()).contains("Revoke the invitation of Omar Said?");
        HttpResponse<String> unconfirmed = admin.post("/admin/users/" + account + "/revoke", Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(200);
        assertThat(new Browserless(port).get(link).statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = admin.post("/admin/users/" + account + "/revoke", Map.of("confirmed", "yes"));
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(new Browserless(port).get(link).statusCode()).isEqualTo(404);
        String users = admin.get("/admin/users").body();
        assertThat(users).contains("Invitation revoked. Its link no longer works")
                .contains("/admin/users/" + account + "/resend");
        assertThat(accounts.find(account).orElseThrow().status()).isEqualTo(AccountStatus.INVITED);
        assertThat(audited("invitation.revoked", account)).isEqualTo(1);
    }

    @Test
    void onlyPendingInvitationsCanBeResentOrRevoked() {
        Browserless admin = signedInAdmin();
        UUID active = accounts.findByEmail(Demo.THERAPIST).orElseThrow().publicId();
        assertThat(admin.get("/admin/users/" + active + "/resend").statusCode()).isEqualTo(404);
        assertThat(admin.post("/admin/users/" + active + "/revoke", Map.of("confirmed", "yes")).statusCode())
                .isEqualTo(404);
        assertThat(admin.get("/admin/users/" + UUID.randomUUID() + "/revoke").statusCode()).isEqualTo(404);
        assertThat(accounts.find(active).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);

        Browserless therapist = new Browserless(port);
        assertThat(therapist.signIn(Demo.THERAPIST, totp)).isTrue();
        UUID sam = accounts.findByEmail("sam.rivera@demo.kneadwell.org").orElseThrow().publicId();
        therapist.get("/");
        assertThat(therapist.post("/admin/users/" + sam + "/revoke", Map.of("confirmed", "yes")).statusCode())
                .isEqualTo(403);
        assertThat(audited("invitation.revoked", sam)).isZero();
    }

    private Browserless signedInAdmin() {
        Browserless admin = new Browserless(port);
        assertThat(admin.signIn(Demo.ADMIN, totp)).isTrue();
        admin.get("/admin/users");
        return admin;
    }

    private UUID invite(Browserless admin, String email, String name) {
        assertThat(admin.post("/admin/users", Map.of("email", email, "displayName", name, "role", "THERAPIST"))
                .statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/users").body()).contains("Invitation e-mailed.").contains("Link sent, waiting");
        return accounts.findByEmail(email).orElseThrow().publicId();
    }

    private String waitForSecondMail(String email) {
        long giveUp = System.currentTimeMillis() + 15_000;
        while (mail.to(email).size() < 2) {
            assertThat(System.currentTimeMillis()).as("a second e-mail to " + email).isLessThan(giveUp);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return mail.invitationPathTo(email);
    }

    private long audited(String action, UUID account) {
        return jdbc.sql("select count(*) from audit_event where action = ? and record_id = ?")
                .params(action, account.toString()).query(Long.class).single();
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
