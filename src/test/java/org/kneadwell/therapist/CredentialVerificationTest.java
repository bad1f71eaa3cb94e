package org.kneadwell.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.AccountAdministration;
import org.kneadwell.identity.AccountAdministration.DemoAccount;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.AccountSummary;
import org.kneadwell.identity.Role;
import org.kneadwell.identity.Totp;
import org.kneadwell.shared.Technique;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The admin checks a new therapist's credential, enters it and verifies it; who and when are recorded and audited. */
@KneadwellTest
class CredentialVerificationTest {

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
    JdbcClient jdbc;

    @Test
    void adminVerifiesANewTherapistWhoThenBecomesBookable() {
        AccountSummary noor = administration.createDemoAccounts(List.of(new DemoAccount("noor.haddad@example.org",
                "Noor Haddad", Role.THERAPIST, null)), Demo.PASSWORD).get(0);
        UUID id = records.saveProfile(noor.asCurrentUser(), new ProfileDetails(Set.of(Technique.SWEDISH),
                Set.of("en", "ar"), 3, "", "", Set.of(directory.locations().get(0).id())));
        Browserless admin = new Browserless(port);
        assertThat(admin.signIn(Demo.ADMIN, totp)).isTrue();

        String list = admin.get("/admin/therapists").body();
        assertThat(list).contains("Noor Haddad").contains("Not verified: cannot be booked")
                .contains("Verified; expires within 30 days");
        HttpResponse<String> incomplete = admin.post("/admin/therapists/" + id + "/verify", Map.of());
        assertThat(incomplete.statusCode()).isEqualTo(302);
        assertThat(directory.credential(id).verified()).isFalse();

        admin.get("/admin/therapists/" + id + "/credential");
        HttpResponse<String> refused = admin.post("/admin/therapists/" + id + "/credential", Map.of(
                "registrationNumber", "", "issuingBody", "CNHC", "jurisdiction", "UK", "expiresOn", "next year"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"registrationNumber-error\"").contains("Enter a value.")
                .contains("Enter a date as YYYY-MM-DD.");

        HttpResponse<String> saved = admin.post("/admin/therapists/" + id + "/credential", Map.of(
                "registrationNumber", "MT-777001", "issuingBody", "CNHC", "jurisdiction", "United Kingdom",
                "expiresOn", "2099-12-31"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.post("/admin/therapists/" + id + "/verify", Map.of()).statusCode()).isEqualTo(302);

        Credential credential = directory.credential(id);
        assertThat(credential.verified()).isTrue();
        assertThat(credential.verifiedBy()).isEqualTo(accounts.findByEmail(Demo.ADMIN).orElseThrow().publicId());
        assertThat(credential.registrationNumber()).isEqualTo("MT-777001");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'therapist.verify' and record_id = ?")
                .param(id.toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(admin.get("/admin/therapists").body()).contains("MT-777001");
        assertThat(admin.post("/admin/therapists/" + UUID.randomUUID() + "/verify", Map.of()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void placesNeedCoordinatesInRange() {
        Browserless admin = new Browserless(port);
        assertThat(admin.signIn(Demo.ADMIN, totp)).isTrue();
        admin.get("/admin/places");

        HttpResponse<String> refused = admin.post("/admin/places", Map.of("name", "Nowhere", "latitude", "95",
                "longitude", "east"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Enter a latitude between -90 and 90.")
                .contains("Enter a longitude between -180 and 180.");

        assertThat(admin.post("/admin/places", Map.of("name", "Borough Market", "latitude", "51.5055",
                "longitude", "-0.0910")).statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/places").body()).contains("Borough Market");
        assertThat(directory.places()).extracting(Place::name).contains("Borough Market");
    }

    @Test
    void aTherapistKeepsTheirOwnHoursFreeOfOverlaps() {
        Browserless tomas = new Browserless(port);
        assertThat(tomas.signIn(Demo.OTHER_THERAPIST, totp)).isTrue();
        String page = tomas.get("/therapist/availability").body();
        assertThat(page).contains("Tuesday").contains("10:00–18:00");
        String northgate = directory.locations().stream().filter(l -> l.name().endsWith("Northgate")).findFirst()
                .orElseThrow().id().toString();

        HttpResponse<String> overlap = tomas.post("/therapist/availability/hours", Map.of("day", "2", "start",
                "17:00", "end", "19:00", "location", northgate));
        assertThat(overlap.statusCode()).isEqualTo(200);
        assertThat(overlap.body()).contains("These hours overlap hours you already work that day.");
        HttpResponse<String> backwards = tomas.post("/therapist/availability/breaks", Map.of("day", "2", "start",
                "14:00", "end", "13:00"));
        assertThat(backwards.body()).contains("The end is after the start, on the same day.");

        HttpResponse<String> sunday = tomas.post("/therapist/availability/hours", Map.of("day", "7", "start",
                "10:00", "end", "12:00", "location", northgate));
        assertThat(sunday.statusCode()).isEqualTo(302);
        assertThat(tomas.get("/therapist/availability").body()).contains("Sunday");
        String profile = tomas.get("/therapist/profile").body();
        assertThat(profile).contains("cs, en, pl").doesNotContain("Enter a value.");
    }
}
