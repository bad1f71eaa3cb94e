package org.kneadwell.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.AccountAdministration;
import org.kneadwell.identity.AccountAdministration.DemoAccount;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.AccountSummary;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Role;
import org.kneadwell.identity.Totp;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.shared.DisplayDates;
import org.kneadwell.shared.Technique;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admin reaches credentials and places from the menu and sees on the home page which credentials need a look;
 * an expired credential is marked as such and cannot be verified, and a past expiry date is refused.
 */
@KneadwellTest
class AdminFindsCredentialsTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TherapistRecords records;

    @Autowired
    TherapistDirectory directory;

    @Autowired
    ClinicSettings clinic;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminHomeListsCredentialsWaitingForVerificationOrExpiring() {
        Browserless admin = signedInAdmin();
        LocalDate today = clinic.today(clock);

        String home = admin.get("/").body();
        String toCheck = home.substring(home.indexOf("Therapist credentials to check"));
        assertThat(toCheck).contains("Amara Okafor").contains("Not verified: cannot be booked")
                .contains("Tomas Novak").contains("Verified; expires within 30 days")
                .contains("valid until " + DisplayDates.date(today.plusDays(20)))
                .contains("href=\"/admin/therapists\"").contains("href=\"/admin/places\"");
        assertThat(toCheck.substring(0, toCheck.indexOf("</section>"))).doesNotContain("Maya");
        assertThat(home).contains(">Credentials</a>").contains(">Places</a>");
    }

    @Test
    void anExpiredCredentialShowsExpiredAndCannotBeVerified() {
        Browserless admin = signedInAdmin();
        UUID id = therapistWithVerifiedCredential("Ines Moreau");
        LocalDate yesterday = clinic.today(clock).minusDays(1);
        jdbc.sql("update therapist_profile set credential_expires_on = ? where public_id = ?").params(yesterday, id)
                .update();
        Credential before = directory.credential(id);

        String list = admin.get("/admin/therapists").body();
        String row = list.substring(list.indexOf("Ines Moreau"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("text-bg-danger").contains("Expired: cannot be booked").contains("Renew credential")
                .doesNotContain("/verify");
        assertThat(admin.get("/").body()).contains("Ines Moreau");

        HttpResponse<String> refused = admin.post("/admin/therapists/" + id + "/verify", Map.of());
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"expiresOn-error\"")
                .contains("This credential has expired, so it cannot be verified as bookable.")
                .contains("value=\"" + yesterday + "\"").contains("value=\"MT-880021\"");
        assertThat(directory.credential(id)).isEqualTo(before);
        assertThat(verifyEvents(id)).isEqualTo(1);
    }

    @Test
    void anExpiryDateInThePastIsRefusedBesideTheFieldKeepingWhatWasTyped() {
        Browserless admin = signedInAdmin();
        UUID id = therapistWithVerifiedCredential("Kofi Mensah");
        Credential before = directory.credential(id);
        String lastWeek = clinic.today(clock).minusDays(7).toString();

        admin.get("/admin/therapists/" + id + "/credential");
        HttpResponse<String> refused = admin.post("/admin/therapists/" + id + "/credential", Map.of(
                "registrationNumber", "MT-990123", "issuingBody", "CNHC", "jurisdiction", "Wales",
                "expiresOn", lastWeek));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"expiresOn-error\"").contains("Enter an expiry date from today on")
                .contains("value=\"MT-990123\"").contains("value=\"Wales\"").contains("value=\"" + lastWeek + "\"");
        assertThat(directory.credential(id)).isEqualTo(before);
        assertThat(directory.credential(id).bookableOn(clinic.today(clock))).isTrue();
    }

    private Browserless signedInAdmin() {
        Browserless admin = new Browserless(port);
        assertThat(admin.signIn(Demo.ADMIN, totp)).isTrue();
        return admin;
    }

    private UUID therapistWithVerifiedCredential(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
        AccountSummary account = administration.createDemoAccounts(List.of(new DemoAccount(email, name,
                Role.THERAPIST, null)), Demo.PASSWORD).get(0);
        UUID id = records.saveProfile(account.asCurrentUser(), new ProfileDetails(Set.of(Technique.SWEDISH),
                Set.of("en"), 2, "", "", Set.of(directory.locations().get(0).id())));
        CurrentUser admin = accounts.findByEmail(Demo.ADMIN).orElseThrow().asCurrentUser();
        records.updateCredential(admin, id, new CredentialDetails("MT-880021", "CNHC", "United Kingdom",
                clinic.today(clock).plusYears(1)));
        records.verify(admin, id);
        return id;
    }

    private long verifyEvents(UUID id) {
        return jdbc.sql("select count(*) from audit_event where action = 'therapist.verify' and record_id = ?")
                .param(id.toString()).query(Long.class).single();
    }
}
