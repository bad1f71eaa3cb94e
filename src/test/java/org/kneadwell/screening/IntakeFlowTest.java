package org.kneadwell.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.notification.Outbox;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A therapist takes a new patient through the intake; the screen's answer comes first and is kept in the history. */
@KneadwellTest
class IntakeFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    Outbox outbox;

    private Browserless maya() {
        Browserless maya = new Browserless(port);
        assertThat(maya.signIn(Demo.THERAPIST, totp)).isTrue();
        return maya;
    }

    private static String newPatient(Browserless staff, String given, String family) {
        staff.get("/patients/new");
        HttpResponse<String> created = staff.post("/patients", Map.of("givenName", given, "familyName", family,
                "dateOfBirth", "1975-06-01", "preferredLanguage", "en", "email", "", "phone", "",
                "emergencyContactName", "", "emergencyContactPhone", "", "referralNote", ""));
        return created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static HttpResponse<String> step(Browserless staff, String chart, String step, Map<String, String> form) {
        staff.get(chart + "/intake/" + step);
        return staff.post(chart + "/intake/" + step, form);
    }

    private static void answerEverything(Browserless staff, String chart, String... yesFlags) {
        step(staff, chart, "pain", Map.of("durationAmount", "2", "durationUnit", "years", "currentIntensity", "6",
                "usualIntensity", "5", "onset", "GRADUAL"));
        Map<String, String> flags = new HashMap<>();
        for (RedFlag flag : RedFlag.values()) {
            flags.put(flag.name(), java.util.List.of(yesFlags).contains(flag.name()) ? "yes" : "no");
        }
        step(staff, chart, "red-flags", flags);
        Map<String, String> startBack = new HashMap<>(Map.of("item9", "SLIGHTLY"));
        for (int i = 1; i <= 8; i++) {
            startBack.put("item" + i, "disagree");
        }
        step(staff, chart, "start-back", startBack);
    }

    @Test
    void saddleNumbnessPutsTheEmergencyInstructionFirstAndAlertsTheCareTeam() {
        Browserless maya = maya();
        String chart = newPatient(maya, "Piotr", "Emergencyson");
        answerEverything(maya, chart, "RF1");

        HttpResponse<String> submitted = step(maya, chart, "consent",
                Map.of("shareWithCareTeam", "yes", "contactOwnDoctor", "no", "go", "submit"));
        assertThat(submitted.headers().firstValue("Location").orElse("")).endsWith(chart + "/screening");

        String result = maya.get(chart + "/screening").body();
        String main = result.substring(result.indexOf("<main"));
        assertThat(main.indexOf("id=\"emergency-instruction\"")).isPositive()
                .isLessThan(main.indexOf("<h1"));
        assertThat(main).contains("Massage is on hold").contains("Numbness in the saddle area").doesNotContain("RF1");

        assertThat(maya.get("/").body()).contains("Piotr Emergencyson: emergency red flags on intake (Numbness in the saddle area)");
        assertThat(outbox.latest(20)).anySatisfy(mail -> {
            assertThat(mail.recipient()).isEqualTo(Demo.THERAPIST);
            assertThat(mail.body()).doesNotContain("Emergencyson").doesNotContain("RF1");
        });
    }

    @Test
    void badAnswersAreShownBesideTheirFieldAndTheRestIsKept() {
        Browserless maya = maya();
        String chart = newPatient(maya, "Vera", "Draftkeeper");

        HttpResponse<String> refused = step(maya, chart, "pain", Map.of("durationAmount", "3", "durationUnit", "months",
                "currentIntensity", "11", "usualIntensity", "x"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"currentIntensity-error\"").contains("Enter a number from 0 to 10.")
                .contains("Enter a whole number.");

        String again = maya.get(chart + "/intake/pain").body();
        assertThat(again).containsPattern("id=\"durationAmount\"[^>]*value=\"3\"").contains("<option value=\"months\" selected=\"selected\"");
        // 3 months kept (stored as 13 weeks) and shown as the person entered them

        step(maya, chart, "pain", Map.of("durationAmount", "13", "currentIntensity", "6"));
        step(maya, chart, "pain", Map.of("durationAmount", "13", "currentIntensity", "11"));
        assertThat(maya.get(chart + "/intake/pain").body()).contains("value=\"6\""); // the refused 11 did not wipe 6

        HttpResponse<String> early = step(maya, chart, "consent",
                Map.of("shareWithCareTeam", "yes", "contactOwnDoctor", "yes", "go", "submit"));
        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(early.body()).contains("Every safety question").contains("Every question about how your back affects you");
    }

    @Test
    void anOrdinaryIntakeShowsEveryTechniqueAndAnUpdateKeepsTheHistory() {
        Browserless maya = maya();
        String chart = newPatient(maya, "Olu", "Ordinary");
        answerEverything(maya, chart);
        step(maya, chart, "consent", Map.of("shareWithCareTeam", "yes", "contactOwnDoctor", "yes", "go", "submit"));

        String page = maya.get(chart).body();
        assertThat(page).contains("data-technique=\"SWEDISH\"").contains("data-technique=\"HOT_STONE\"")
                .contains(">Clear<");

        maya.get(chart + "/intake");
        step(maya, chart, "conditions", Map.of("condition.PREGNANCY", "true", "condition.PREGNANCY.weeks", "20"));
        step(maya, chart, "consent", Map.of("shareWithCareTeam", "yes", "contactOwnDoctor", "yes", "go", "submit"));

        String updated = maya.get(chart).body();
        assertThat(updated).contains(">Restricted<");
        assertThat(updated.split("<td><code>2026\\.1").length - 1).isEqualTo(2);
    }

    @Test
    void aPatientFillsInTheirOwnIntakeButNotSomeoneElses() {
        Browserless jordan = new Browserless(port);
        assertThat(jordan.signIn(Demo.PATIENT, totp)).isTrue();
        String home = jordan.get("/").body();
        assertThat(home).contains("See which kinds of massage suit you");

        Browserless maya = maya();
        String other = newPatient(maya, "Not", "Jordans");
        assertThat(jordan.get(other + "/intake/pain").statusCode()).isEqualTo(404);
    }
}
