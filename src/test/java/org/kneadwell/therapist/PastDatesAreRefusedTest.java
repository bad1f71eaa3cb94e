package org.kneadwell.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10, "Bad input": where only the future makes sense, a date that has passed is refused beside its field,
 * the page keeps what was typed and opens with the error summary, and nothing is stored.
 */
@KneadwellTest
class PastDatesAreRefusedTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClinicSettings clinic;

    @Autowired
    Clock clock;

    private long timeOff() {
        return jdbc.sql("select count(*) from time_off").query(Long.class).single();
    }

    @Test
    void timeOffThatHasAlreadyStartedIsRefusedBesideTheFirstDayKeepingWhatWasTyped() {
        Browserless maya = new Browserless(port);
        assertThat(maya.signIn(Demo.THERAPIST, totp)).isTrue();
        maya.get("/therapist/availability");
        LocalDate today = clinic.today(clock);
        long before = timeOff();

        HttpResponse<String> refused = maya.post("/therapist/availability/time-off", Map.of(
                "startsOn", today.minusDays(3).toString(), "endsOn", today.plusDays(2).toString(),
                "reason", "Conference in Leeds"));
        assertThat(refused.statusCode()).isEqualTo(200);
        String page = refused.body();
        assertThat(page).contains("data-error-summary").contains("href=\"#startsOn\"")
                .contains("Time off starts today or later");
        assertThat(page.substring(page.indexOf("id=\"startsOn-error\""))).startsWith("id=\"startsOn-error\"")
                .contains("Time off starts today or later");
        assertThat(page).contains("value=\"" + today.minusDays(3) + "\"").contains("value=\"" + today.plusDays(2) + "\"")
                .contains("value=\"Conference in Leeds\"");
        assertThat(timeOff()).isEqualTo(before);

        HttpResponse<String> accepted = maya.post("/therapist/availability/time-off", Map.of(
                "startsOn", today.plusDays(40).toString(), "endsOn", today.plusDays(41).toString(),
                "reason", "Conference in Leeds"));
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(timeOff()).isEqualTo(before + 1);
        assertThat(maya.get("/therapist/availability").body()).contains("role=\"status\"");
    }

    @Test
    void aCredentialExpiryThatHasPassedIsRefusedBesideItsFieldKeepingWhatWasTyped() {
        Browserless admin = new Browserless(port);
        assertThat(admin.signIn(Demo.ADMIN, totp)).isTrue();
        String maya = jdbc.sql("select p.public_id from therapist_profile p join account a on a.id = p.account_id"
                + " where a.email = ?").param(Demo.THERAPIST).query(String.class).single();
        String stored = jdbc.sql("select credential_expires_on from therapist_profile where public_id = ?")
                .param(java.util.UUID.fromString(maya)).query(String.class).single();
        admin.get("/admin/therapists/" + maya + "/credential");
        LocalDate yesterday = clinic.today(clock).minusDays(1);

        HttpResponse<String> refused = admin.post("/admin/therapists/" + maya + "/credential", Map.of(
                "registrationNumber", "MT-NEW-771", "issuingBody", "Massage Council", "jurisdiction", "England",
                "expiresOn", yesterday.toString()));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("data-error-summary").contains("href=\"#expiresOn\"")
                .contains("id=\"expiresOn-error\"").contains("value=\"MT-NEW-771\"")
                .contains("value=\"" + yesterday + "\"");
        assertThat(jdbc.sql("select credential_expires_on from therapist_profile where public_id = ?")
                .param(java.util.UUID.fromString(maya)).query(String.class).single()).isEqualTo(stored);
    }
}
