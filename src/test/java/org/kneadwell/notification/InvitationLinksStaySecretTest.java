package org.kneadwell.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Totp;
import org.kneadwell.patient.InvalidPatientDetailsException;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientDetails;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.kneadwell.support.SentMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A one-time invitation link opens a patient's record to whoever accepts it, so it exists only in the e-mail sent:
 * never in the outbox an admin reads nor in the database; a changed address withdraws it, and the care team sees
 * every invitation an admin sends.
 */
@KneadwellTest
class InvitationLinksStaySecretTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    SentMail mail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PatientRecords records;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    Alerts alerts;

    @Test
    void theInvitationLinkIsInTheEmailSentButNotInTheOutboxPageNorInAnyStoredRow() {
        Browserless admin = new Browserless(port);
        assertThat(admin.signIn(Demo.ADMIN, totp)).isTrue();
        admin.get("/admin/users");
        assertThat(admin.post("/admin/users", Map.of("email", "kit.secret@example.org", "displayName", "Kit Secret",
                "role", "THERAPIST")).statusCode()).isEqualTo(302);

        String path = mail.invitationPathTo("kit.secret@example.org");
        String token = path.substring("/invitations/".length());

        String outboxPage = admin.get("/admin/outbox").body();
        assertThat(outboxPage).contains("Kit Secret").contains("only in the e-mail sent").doesNotContain(token);
        List<String> stored = jdbc.sql("select body from outbox_message where recipient = 'kit.secret@example.org'")
                .query(String.class).list();
        assertThat(stored).singleElement().satisfies(body -> assertThat(body).contains(Outbox.ONE_TIME_LINK)
                .doesNotContain(token));
        assertThat(jdbc.sql("select count(*) from invitation where token_hash = ?").param(token).query(Long.class)
                .single()).isZero();
        assertThat(new Browserless(port).get(path).body()).contains("Kit Secret");
    }

    @Test
    void everyViewOfTheOutboxIsAudited() {
        Browserless admin = new Browserless(port);
        assertThat(admin.signIn(Demo.ADMIN, totp)).isTrue();
        long before = outboxViews();

        admin.get("/admin/outbox");
        admin.get("/admin/outbox");

        assertThat(outboxViews()).isEqualTo(before + 2);
    }

    @Test
    void changingThePatientsAddressWhileAnInvitationWaitsWithdrawsItAndIsAudited() {
        CurrentUser maya = user(Demo.THERAPIST);
        Patient patient = records.register(maya, details("Wren", "Waiting", "wren.old@example.org"));
        records.inviteToAccount(maya, patient.publicId(), null);
        String oldLink = mail.invitationPathTo("wren.old@example.org");
        assertThat(new Browserless(port).get(oldLink).statusCode()).isEqualTo(200);

        records.updateDetails(maya, patient.publicId(), details("Wren", "Waiting", "wren.new@example.org"));

        assertThat(new Browserless(port).get(oldLink).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'patient.invitation.cancelled' "
                + "and patient_id = ?").param(patient.publicId()).query(Long.class).single()).isEqualTo(1);
        records.inviteToAccount(maya, patient.publicId(), null);
        String newLink = mail.invitationPathTo("wren.new@example.org");
        assertThat(new Browserless(port).get(newLink).body()).contains("wren.new@example.org");
    }

    @Test
    void anAdminsInvitationToAnAddressTheyJustSetIsShownToTheCareTeam() {
        CurrentUser maya = user(Demo.THERAPIST);
        CurrentUser admin = user(Demo.ADMIN);
        Patient patient = records.register(maya, details("Ines", "Instead", "ines.real@example.org"));

        records.updateDetails(admin, patient.publicId(), details("Ines", "Instead", "not.ines@example.org"));
        records.inviteToAccount(admin, patient.publicId(), null);

        assertThat(alerts.openFor(maya)).anySatisfy(alert -> {
            assertThat(alert.patientId()).isEqualTo(patient.publicId());
            assertThat(alert.message()).contains("Alex Morgan").contains("not.ines@example.org");
        });
    }

    @Test
    void anAdminCannotInviteAPatientWhoHasNoCareTeamToTell() {
        CurrentUser admin = user(Demo.ADMIN);
        Patient patient = records.register(admin, details("Noor", "Noteam", "noor@example.org"));

        assertThatThrownBy(() -> records.inviteToAccount(admin, patient.publicId(), null))
                .isInstanceOfSatisfying(InvalidPatientDetailsException.class, refused -> assertThat(
                        refused.fieldErrors()).containsEntry("email", "patient.invite.adminNeedsCareTeam"));
        assertThat(accounts.findByEmail("noor@example.org")).isEmpty();
    }

    private long outboxViews() {
        UUID adminId = accounts.findByEmail(Demo.ADMIN).orElseThrow().publicId();
        return jdbc.sql("select count(*) from audit_event where action = 'outbox.viewed' and actor_id = ?")
                .param(adminId).query(Long.class).single();
    }

    private CurrentUser user(String email) {
        return accounts.findByEmail(email).orElseThrow().asCurrentUser();
    }

    private static PatientDetails details(String given, String family, String email) {
        return new PatientDetails(given, family, LocalDate.of(1980, 5, 17), email, null, null, null, "en", null);
    }
}
