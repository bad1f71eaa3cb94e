package org.kneadwell.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.shared.ClinicSettings;
import org.kneadwell.support.Api;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The directory API: search results with ids and reasons, slots as ISO-8601 instants, and refusals by field. */
@KneadwellTest
class TherapistApiTest {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    TherapistDirectory directory;

    @Autowired
    ClinicSettings clinic;

    @Autowired
    Clock clock;

    private Api api() {
        return new Api(port);
    }

    private String patientToken() {
        return api().token(Demo.PATIENT, totp);
    }

    private String mayaId(String token) {
        String body = api().get("/api/v1/therapists?language=zh", token).body();
        Matcher m = ID.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    @Test
    void searchesByTechniqueLanguageAndPlace() {
        String token = patientToken();
        Place kingsCross = directory.places().stream().filter(p -> p.name().startsWith("King")).findFirst()
                .orElseThrow();

        HttpResponse<String> deep = api().get("/api/v1/therapists?technique=DEEP_TISSUE", token);
        assertThat(deep.statusCode()).isEqualTo(200);
        assertThat(deep.body()).contains("Tomas Novak").contains("\"id\":\"").contains("offers Deep tissue massage")
                .doesNotContain("Maya Chen").doesNotContain("accountId");
        assertThat(api().get("/api/v1/therapists?technique=SWEDISH&language=pl", token).body())
                .contains("Tomas Novak").contains("speaks Polish").doesNotContain("Amara");
        String near = api().get("/api/v1/therapists?technique=swedish&place=" + kingsCross.id() + "&withinKm=3",
                token).body();
        assertThat(near).contains("Tomas Novak").contains("Amara Okafor").doesNotContain("Maya Chen")
                .contains("km from Kneadwell Northgate").contains("\"distanceKm\":2.");
        assertThat(api().get("/api/v1/therapists?bookableOnly=true", token).body()).doesNotContain("Amara");
    }

    @Test
    void slotsAreIsoInstantsWithTheirLocation() {
        String token = patientToken();
        String maya = mayaId(token);
        LocalDate from = clinic.today(clock).plusDays(1);

        HttpResponse<String> slots = api().get("/api/v1/therapists/" + maya + "/slots?from=" + from + "&to="
                + from.plusDays(7) + "&minutes=60", token);

        assertThat(slots.statusCode()).isEqualTo(200);
        assertThat(slots.body()).startsWith("[{\"start\":\"");
        assertThat(slots.body()).containsPattern(
                "\\{\"start\":\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:00Z\",\"end\":\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:00Z\","
                        + "\"locationId\":\"[0-9a-f-]{36}\"}");
        String riverside = directory.locations().stream().filter(l -> l.name().endsWith("Riverside")).findFirst()
                .orElseThrow().id().toString();
        assertThat(slots.body()).contains(riverside);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String token = patientToken();
        String maya = mayaId(token);
        LocalDate today = clinic.today(clock);
        String base = "/api/v1/therapists/" + maya + "/slots?";

        assertField(api().get(base + "from=2026-02-30&to=" + today, token), "from");
        assertField(api().get(base + "from=" + today.plusDays(5) + "&to=" + today.plusDays(1), token), "to");
        assertField(api().get(base + "from=" + today + "&to=" + today.plusDays(100), token), "to");
        assertField(api().get(base + "from=" + today + "&to=" + today.plusDays(1) + "&minutes=5", token), "minutes");
        assertField(api().get(base + "from=" + today + "&to=" + today.plusDays(1) + "&minutes=241", token), "minutes");
        assertField(api().get(base + "from=" + today.minusDays(3) + "&to=" + today, token), "from");
        assertField(api().get(base + "to=" + today, token), "from");
        assertField(api().get("/api/v1/therapists?technique=SHIATSU", token), "technique");
        assertField(api().get("/api/v1/therapists?place=" + UUID.randomUUID(), token), "place");
        assertField(api().get("/api/v1/therapists?withinKm=5", token), "withinKm");
    }

    @Test
    void anUnknownTherapistIsNotFound() {
        String token = patientToken();
        LocalDate today = clinic.today(clock);

        HttpResponse<String> missing = api().get("/api/v1/therapists/" + UUID.randomUUID() + "/slots?from=" + today
                + "&to=" + today.plusDays(1), token);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"status\":404");
        assertThat(api().get("/api/v1/therapists", null).statusCode()).isEqualTo(401);
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"errors\":[").contains("\"field\":\"" + field + "\"");
    }
}
