package org.kneadwell.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.Totp;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13 item 2: the therapist sends the progress report to the supervising clinician in the app. It arrives as a
 * PDF in a new care-team thread that the clinician (and the patient, on the thread too) can open; anyone else is told
 * it does not exist; the sending is recorded as a disclosure to the clinician; a patient without a clinician is
 * refused with a message and nothing is sent.
 */
@KneadwellTest
class ReportSentToClinicianTest {

    private static final Pattern ATTACHMENT = Pattern.compile("href=\"(/patients/[0-9a-f-]+/attachments/[0-9a-f-]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theClinicianOpensTheReportTheTherapistSentAndNobodyElseFindsIt() {
        UUID jordan = jdbc.sql("select public_id from patient where given_name = 'Jordan'").query(UUID.class).single();
        Browserless maya = signedIn(Demo.THERAPIST);
        assertThat(maya.get("/patients/" + jordan).body()).contains("id=\"send-report\"")
                .contains("Send the report to Dr Priya Shah");

        HttpResponse<String> sent = maya.post("/patients/" + jordan + "/report/send", Map.of());
        assertThat(sent.statusCode()).isEqualTo(302);
        String thread = sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        String page = maya.get(thread).body();
        assertThat(page).contains("Progress report of").contains("The progress report was sent to the clinician");
        Matcher link = ATTACHMENT.matcher(page);
        assertThat(link.find()).as("a link to the attached report").isTrue();
        String attachment = link.group(1);

        HttpResponse<String> priya = signedIn(Demo.CLINICIAN).get(attachment);
        assertThat(priya.statusCode()).isEqualTo(200);
        assertThat(priya.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(priya.body()).startsWith("%PDF");
        assertThat(signedIn(Demo.PATIENT).get(attachment).statusCode()).isEqualTo(200);
        assertThat(signedIn(Demo.OTHER_THERAPIST).get(attachment).statusCode()).isEqualTo(404);
        UUID someoneElse = jdbc.sql("select public_id from patient where given_name = 'Kofi'").query(UUID.class)
                .single();
        assertThat(maya.get(attachment.replace(jordan.toString(), someoneElse.toString())).statusCode())
                .isEqualTo(404);

        String priyasId = jdbc.sql("select cast(public_id as varchar(36)) from account where email = ?")
                .param(Demo.CLINICIAN).query(String.class).single();
        List<String> disclosed = jdbc.sql("select record_id from audit_event where action = ? and patient_id = ?")
                .params(Reports.PROGRESS_SENT, jordan).query(String.class).list();
        assertThat(disclosed).contains(priyasId);
    }

    @Test
    void aPatientWithoutASupervisingClinicianHasNoReportToSendAndNothingIsSent() {
        Browserless maya = signedIn(Demo.THERAPIST);
        maya.get("/patients/new");
        HttpResponse<String> created = maya.post("/patients", new java.util.HashMap<>(Map.of("givenName", "Lena",
                "familyName", "Alone", "dateOfBirth", "1979-05-04", "preferredLanguage", "en", "email", "", "phone", "",
                "emergencyContactName", "", "emergencyContactPhone", "", "referralNote", "Low back pain for a year.")));
        assertThat(created.statusCode()).isEqualTo(302);
        UUID alone = UUID.fromString(created.headers().firstValue("Location").orElseThrow()
                .replaceFirst(".*/patients/", ""));
        assertThat(jdbc.sql("""
                select count(*) from care_team_member m join patient p on p.id = m.patient_id
                where p.public_id = ? and m.team_role = 'CLINICIAN'""").param(alone).query(Integer.class).single())
                .as("a new patient has no supervising clinician yet").isZero();
        int threads = threadsOf(alone);
        assertThat(maya.get("/patients/" + alone).body()).doesNotContain("id=\"send-report\"");

        HttpResponse<String> refused = maya.post("/patients/" + alone + "/report/send", Map.of());

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(maya.get("/patients/" + alone).body())
                .contains("This patient has no supervising clinician on the care team to send the report to.");
        assertThat(threadsOf(alone)).isEqualTo(threads);
    }

    private int threadsOf(UUID patient) {
        return jdbc.sql("select count(*) from message_thread where patient_id = ?").param(patient).query(Integer.class)
                .single();
    }

    private Browserless signedIn(String email) {
        Browserless page = new Browserless(port);
        assertThat(page.signIn(email, totp)).isTrue();
        return page;
    }
}
