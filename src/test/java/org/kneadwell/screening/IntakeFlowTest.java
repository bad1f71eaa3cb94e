package org.kneadwell.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.Totp;
import org.kneadwell.notification.Alert;
import org.kneadwell.notification.Alerts;
import org.kneadwell.notification.Outbox;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A therapist takes a new patient through the intake; the screen's answer comes first and is kept in the history. */
@KneadwellTest
class IntakeFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    Outbox outbox;

    @Autowired
    Alerts alerts;

    @Autowired
    org.kneadwell.clearance.PatientSafety safety;

    @Autowired
    org.kneadwell.support.SentMail mail;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

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

    private static Map<String, String> redFlags(String go, String... yesFlags) {
        Map<String, String> flags = new HashMap<>(Map.of("go", go));
        for (RedFlag flag : RedFlag.values()) {
            flags.put(flag.name(), List.of(yesFlags).contains(flag.name()) ? "yes" : "no");
        }
        return flags;
    }

    /** The part of a page the user reads, from {@code <main} on. */
    private static String main(HttpResponse<String> page) {
        return page.body().substring(page.body().indexOf("<main"));
    }

    private static UUID patientIdOf(String chart) {
        return UUID.fromString(chart.substring(chart.lastIndexOf('/') + 1));
    }

    /** The therapist's open alerts about one patient at one level. */
    private List<Alert> mayasAlerts(String chart, Alert.Severity severity) {
        var maya = accounts.findByEmail(Demo.THERAPIST).orElseThrow().asCurrentUser();
        return alerts.openFor(maya).stream().filter(a -> a.patientId().equals(patientIdOf(chart)))
                .filter(a -> a.severity() == severity).toList();
    }

    private long mailsTo(String recipient) {
        return jdbc.sql("select count(*) from outbox_message where recipient = ?").param(recipient).query(Long.class)
                .single();
    }

    private long audited(String action, String chart) {
        return jdbc.sql("select count(*) from audit_event where action = ? and patient_id = ?")
                .params(action, patientIdOf(chart)).query(Long.class).single();
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
    void anEmergencyRedFlagIsAnsweredOnItsOwnStepAndAlertsTheCareTeamOnceEvenWhenThePatientLeaves() {
        Browserless maya = maya();
        String chart = newPatient(maya, "Sadie", "Saddleton");
        step(maya, chart, "pain", Map.of("durationAmount", "10", "durationUnit", "weeks", "currentIntensity", "5"));
        long mailsBefore = mailsTo(Demo.THERAPIST);

        HttpResponse<String> saved = step(maya, chart, "red-flags", redFlags("next", "RF1"));

        assertThat(saved.statusCode()).isEqualTo(200);
        String page = main(saved);
        assertThat(page.indexOf("id=\"emergency-instruction\"")).isPositive().isLessThan(page.indexOf("<h1"));
        assertThat(page).contains("Go to an emergency department now").contains("Continue the intake")
                .contains("/intake/conditions");
        assertThat(mayasAlerts(chart, Alert.Severity.EMERGENCY)).singleElement().satisfies(alert -> {
            assertThat(alert.message()).startsWith("Sadie Saddleton: emergency red flags on intake (Numbness in the saddle area)");
            assertThat(alert.pinned()).isTrue();
        });
        assertThat(mailsTo(Demo.THERAPIST)).isEqualTo(mailsBefore + 1);
        assertThat(outbox.latest(50)).allSatisfy(mail -> assertThat(mail.body()).doesNotContain("Saddleton")
                .doesNotContain("RF1"));
        assertThat(audited("intake.emergency.alert", chart)).isEqualTo(1);

        HttpResponse<String> leaving = step(maya, chart, "red-flags", redFlags("exit", "RF1"));
        assertThat(leaving.statusCode()).isEqualTo(200);
        assertThat(main(leaving)).contains("id=\"emergency-instruction\"").contains("Finish later");
        step(maya, chart, "red-flags", redFlags("next", "RF1", "RF3"));
        assertThat(mayasAlerts(chart, Alert.Severity.EMERGENCY)).hasSize(1);
        assertThat(mailsTo(Demo.THERAPIST)).isEqualTo(mailsBefore + 1);
        assertThat(audited("intake.emergency.alert", chart)).isEqualTo(1);
        assertThat(safety.on(patientIdOf(chart), java.time.LocalDate.now()).onHold())
                .as("massage is on hold at once, although the intake was never sent").isTrue();

        String redFlagStep = main(maya.get(chart + "/intake/red-flags"));
        assertThat(redFlagStep.indexOf("id=\"emergency-instruction\"")).isPositive()
                .isLessThan(redFlagStep.indexOf("<form"));

        answerEverything(maya, chart, "RF1");
        step(maya, chart, "consent", Map.of("shareWithCareTeam", "yes", "contactOwnDoctor", "no", "go", "submit"));
        assertThat(mayasAlerts(chart, Alert.Severity.EMERGENCY)).as("the sent intake does not alert again").hasSize(1);
    }

    @Test
    void aRedFlagThatIsNoEmergencyGoesOnToTheNextStepWithoutAnAlert() {
        Browserless maya = maya();
        String chart = newPatient(maya, "Ulrich", "Urgentby");
        step(maya, chart, "pain", Map.of("durationAmount", "10", "durationUnit", "weeks", "currentIntensity", "5"));

        HttpResponse<String> saved = step(maya, chart, "red-flags", redFlags("next", "RF8"));
        HttpResponse<String> leaving = step(maya, chart, "red-flags", redFlags("exit", "RF8"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith(chart + "/intake/conditions");
        assertThat(leaving.headers().firstValue("Location").orElse("")).endsWith(chart + "?draftSaved");
        assertThat(main(maya.get(chart + "/intake/red-flags"))).doesNotContain("emergency-instruction");
        assertThat(mayasAlerts(chart, Alert.Severity.EMERGENCY)).isEmpty();
        assertThat(mayasAlerts(chart, Alert.Severity.WARNING)).isEmpty();
        assertThat(audited("intake.emergency.alert", chart)).isZero();
    }

    @Test
    void painThatMakesAnAnsweredRedFlagAnEmergencyShowsTheInstructionAndAlertsOnce() {
        Browserless maya = maya();
        String chart = newPatient(maya, "Aurelio", "Pulsar");
        step(maya, chart, "pain", Map.of("durationAmount", "10", "durationUnit", "weeks", "currentIntensity", "5"));
        HttpResponse<String> flags = step(maya, chart, "red-flags", redFlags("next", "RF17"));
        assertThat(flags.statusCode()).isEqualTo(302);
        assertThat(mayasAlerts(chart, Alert.Severity.EMERGENCY)).isEmpty();

        HttpResponse<String> worse = step(maya, chart, "pain", Map.of("durationAmount", "10", "durationUnit", "weeks",
                "currentIntensity", "9"));
        step(maya, chart, "pain", Map.of("durationAmount", "10", "durationUnit", "weeks", "currentIntensity", "9"));

        assertThat(worse.statusCode()).isEqualTo(200);
        assertThat(main(worse)).contains("id=\"emergency-instruction\"").contains("/intake/body-map");
        assertThat(mayasAlerts(chart, Alert.Severity.EMERGENCY)).singleElement()
                .satisfies(alert -> assertThat(alert.message()).contains(RedFlag.RF17.summary()).doesNotContain("RF17"));
    }

    @Test
    void thePatientsEmergencyResultShowsTheEmergencyAloneWithoutTheStartBackOutlook() {
        Browserless maya = maya();
        String email = "edna.alone@example.org";
        maya.get("/patients/new");
        String chart = maya.post("/patients", Map.of("givenName", "Edna", "familyName", "Alone", "dateOfBirth",
                "1968-02-11", "preferredLanguage", "en", "email", email, "phone", "", "emergencyContactName", "",
                "emergencyContactPhone", "", "referralNote", "")).headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "");
        maya.get(chart);
        maya.post(chart + "/invitation", Map.of());
        String link = mail.invitationPathTo(email);
        Browserless edna = new Browserless(port);
        edna.get(link);
        edna.post(link, Map.of("password", "a quiet morning by the lake", "confirmation",
                "a quiet morning by the lake"));
        assertThat(edna.signIn(email, "a quiet morning by the lake", "")).isTrue();

        answerEverything(edna, chart, "RF2");
        step(edna, chart, "consent", Map.of("shareWithCareTeam", "yes", "contactOwnDoctor", "no", "go", "submit"));
        String result = main(edna.get(chart + "/screening"));

        assertThat(result.indexOf("id=\"emergency-instruction\"")).isPositive().isLessThan(result.indexOf("<h1"));
        assertThat(result).contains("Go to an emergency department now").contains("id=\"emergency-afterwards\"")
                .doesNotContain("STarT Back").doesNotContain("Your answers suggest").doesNotContain("data-technique")
                .doesNotContain("id=\"safety-state\"");

        String staffView = main(maya.get(chart + "/screening"));
        assertThat(staffView.indexOf("id=\"emergency-instruction\"")).isPositive()
                .isLessThan(staffView.indexOf("id=\"safety-state\""));
        assertThat(staffView).contains("data-technique=\"SWEDISH\"").contains("STarT Back");
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
