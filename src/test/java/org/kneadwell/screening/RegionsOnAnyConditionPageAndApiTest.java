package org.kneadwell.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.screening.checked.ScreeningHistory;
import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.ConditionEntry;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.support.Api;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Screening contract §2.2, "Regions on input": a DVT's region is accepted by the API and the intake, kept with
 * the screening and shown on the chart, and the answer is the same as without it.
 */
@KneadwellTest
class RegionsOnAnyConditionPageAndApiTest {

    private static final String EVALUATE = "/api/v1/screenings/evaluate";

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    ScreeningHistory screenings;

    @Test
    void theEvaluateApiAcceptsADvtInTheCalfAndAnswersAsForADvtWithoutRegions() {
        Api api = new Api(port);
        String maya = api.token(Demo.THERAPIST, totp);

        HttpResponse<String> placed = api.send("POST", EVALUATE, maya,
                "{\"painDurationWeeks\": 20, \"conditions\": [{\"code\": \"DVT\", \"regions\": [\"CALF_LEFT\"]}]}");
        HttpResponse<String> unplaced = api.send("POST", EVALUATE, maya,
                "{\"painDurationWeeks\": 20, \"conditions\": [{\"code\": \"DVT\"}]}");

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        assertThat(placed.body()).isEqualTo(unplaced.body()).contains("\"status\":\"CONTRAINDICATED\"")
                .doesNotContain("CALF_LEFT");
    }

    @Test
    void theIntakeAcceptsARegionOnADvtKeepsItAndShowsItOnTheChart() {
        Browserless maya = new Browserless(port);
        assertThat(maya.signIn(Demo.THERAPIST, totp)).isTrue();
        maya.get("/patients/new");
        String chart = maya.post("/patients", Map.of("givenName", "Dana", "familyName", "Calfclot",
                "dateOfBirth", "1970-03-14", "preferredLanguage", "en", "email", "", "phone", "",
                "emergencyContactName", "", "emergencyContactPhone", "", "referralNote", ""))
                .headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        UUID patientId = UUID.fromString(chart.substring(chart.lastIndexOf('/') + 1));

        step(maya, chart, "pain", Map.of("durationAmount", "20", "durationUnit", "weeks", "currentIntensity", "5"));
        Map<String, String> flags = new HashMap<>();
        for (RedFlag flag : RedFlag.values()) {
            flags.put(flag.name(), "no");
        }
        step(maya, chart, "red-flags", flags);
        assertThat(maya.get(chart + "/intake/conditions").body()).contains("id=\"condition.DVT.regions\"");
        HttpResponse<String> conditions = step(maya, chart, "conditions",
                Map.of("condition.DVT", "true", "condition.DVT.regions", "CALF_LEFT"));
        assertThat(conditions.statusCode()).as("accepted, on to the next step").isEqualTo(302);
        Map<String, String> startBack = new HashMap<>(Map.of("item9", "SLIGHTLY"));
        for (int i = 1; i <= 8; i++) {
            startBack.put("item" + i, "disagree");
        }
        step(maya, chart, "start-back", startBack);
        HttpResponse<String> submitted = step(maya, chart, "consent",
                Map.of("shareWithCareTeam", "yes", "contactOwnDoctor", "yes", "go", "submit"));
        assertThat(submitted.statusCode()).isEqualTo(302);

        ConditionEntry stored = screenings.latest(patientId).orElseThrow().input().conditions().get(0);
        assertThat(stored.code()).isEqualTo(ConditionCode.DVT);
        assertThat(stored.regions()).containsExactly(BodyRegion.CALF_LEFT);
        assertThat(maya.get(chart).body()).containsPattern("(?is)deep-vein thrombosis[^<]*</span>\\s*<span>\\(calf, left side\\)</span>")
                .doesNotContain("<code>DVT</code>");
    }

    private static HttpResponse<String> step(Browserless staff, String chart, String step, Map<String, String> form) {
        staff.get(chart + "/intake/" + step);
        return staff.post(chart + "/intake/" + step, form);
    }
}
