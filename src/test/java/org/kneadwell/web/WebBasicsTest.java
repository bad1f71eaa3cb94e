package org.kneadwell.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Api;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Headers on every response, error pages without internals, health with readiness, the embedded banner. */
@KneadwellTest
class WebBasicsTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeadersAndAreNotCached() {
        Browserless maya = new Browserless(port);
        assertThat(maya.signIn(Demo.THERAPIST, totp)).isTrue();
        HttpResponse<String> page = maya.get("/patients");
        Api api = new Api(port);
        HttpResponse<String> json = api.get("/api/v1/patients", api.token(Demo.THERAPIST, totp));

        for (HttpResponse<String> response : java.util.List.of(page, json)) {
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));
        }
    }

    @Test
    void missingPagesShowAFriendlyPageWithoutInternals() {
        Browserless maya = new Browserless(port);
        assertThat(maya.signIn(Demo.THERAPIST, totp)).isTrue();
        HttpResponse<String> notAnId = maya.get("/patients/not-a-uuid");
        HttpResponse<String> nowhere = maya.get("/no/such/page");

        assertThat(notAnId.statusCode()).isEqualTo(404);
        assertThat(notAnId.body()).contains("Not found").doesNotContain("Exception").doesNotContain("at org.");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).doesNotContain("Whitelabel").doesNotContain("Exception");
    }

    @Test
    void aPatientOpeningAStaffPageGetsTheForbiddenPage() {
        Browserless jordan = new Browserless(port);
        assertThat(jordan.signIn(Demo.PATIENT, totp)).isTrue();
        HttpResponse<String> response = jordan.get("/admin/users");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Not allowed");
    }

    @Test
    void everyPageShowsTheEmbeddedDatabaseBanner() {
        // Only on the embedded database: under -Ppostgres the page must not claim to be an evaluation install.
        boolean embedded = System.getProperty("test.db.url", "jdbc:h2:").startsWith("jdbc:h2:");
        String page = new Browserless(port).get("/login").body();
        if (embedded) {
            assertThat(page).contains("embedded-banner");
        } else {
            assertThat(page).doesNotContain("embedded-banner");
        }
    }

    @Test
    void healthReportsReadiness() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }
}
