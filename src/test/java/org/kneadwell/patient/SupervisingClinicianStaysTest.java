package org.kneadwell.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kneadwell.audit.AuditLog;
import org.kneadwell.identity.Totp;
import org.kneadwell.shared.AuditEvent.Outcome;
import org.kneadwell.support.Api;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 8, item 6: a therapist cannot take the supervising clinician off a care team; the clinician or an admin
 * can, after a confirmation, and not while a clearance request for the patient is open. Therapists still come
 * and go as before. Every refusal is shown beside the control, audited, and changes nothing.
 */
@KneadwellTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisingClinicianStaysTest {

    private static final String REFUSED_BESIDE_CONTROL = "id=\"remove-refused\"";

    @LocalServerPort
    int port;

    @Autowired
    Totp totp;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    Browserless maya;
    Browserless priya;
    Browserless admin;
    UUID priyaId;
    UUID tomasId;

    @BeforeAll
    void signIn() {
        maya = new Browserless(port);
        assertThat(maya.signIn(Demo.THERAPIST, totp)).isTrue();
        priya = new Browserless(port);
        assertThat(priya.signIn(Demo.CLINICIAN, totp)).isTrue();
        admin = new Browserless(port);
        assertThat(admin.signIn(Demo.ADMIN, totp)).isTrue();
        priyaId = account(Demo.CLINICIAN);
        tomasId = account(Demo.OTHER_THERAPIST);
    }

    @Test
    void aTherapistCannotRemoveTheClinicianAndIsToldWhyBesideTheControl() {
        UUID patient = patientWithPriya("Theo", "Therapistrefused");

        HttpResponse<String> refused = remove(maya, patient, priyaId, true);

        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/patients/" + patient + "#care-team");
        String chart = maya.get("/patients/" + patient).body();
        assertThat(chart).contains(REFUSED_BESIDE_CONTROL).contains("aria-describedby=\"remove-refused\"")
                .contains("The supervising clinician stays: only the clinician or a clinic admin can take them off");
        assertThat(careTeam(patient)).contains(Demo.CLINICIAN);
        assertThat(auditLog.forPatient(patient, 20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("careteam.remove");
            assertThat(e.outcome()).isEqualTo(Outcome.DENIED);
        });
        String confirmation = maya.get(removePath(patient, priyaId)).body();
        assertThat(confirmation).contains("id=\"removal-refused\"").doesNotContain("name=\"confirmed\"");
    }

    @Test
    void theClinicianLeavesOnlyAfterConfirming() {
        UUID patient = patientWithPriya("Cleo", "Clinicianleaves");

        HttpResponse<String> unconfirmed = remove(priya, patient, priyaId, false);
        assertThat(unconfirmed.headers().firstValue("Location").orElseThrow()).endsWith(removePath(patient, priyaId));
        assertThat(careTeam(patient)).as("nothing changes before the confirmation").contains(Demo.CLINICIAN);
        String confirmation = priya.get(removePath(patient, priyaId)).body();
        assertThat(confirmation).contains("Remove Dr Priya Shah from the care team?")
                .contains("supervising clinician on the care team of Cleo Clinicianleaves")
                .contains("name=\"confirmed\" value=\"yes\"");

        HttpResponse<String> confirmed = remove(priya, patient, priyaId, true);

        assertThat(confirmed.headers().firstValue("Location").orElseThrow()).as("she no longer sees the chart")
                .endsWith("/");
        assertThat(careTeam(patient)).doesNotContain(Demo.CLINICIAN).contains(Demo.THERAPIST);
        assertThat(auditLog.forPatient(patient, 20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("careteam.remove");
            assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
        });
    }

    @Test
    void anAdminRemovesTheClinicianAfterConfirming() {
        UUID patient = patientWithPriya("Ada", "Adminremoves");

        assertThat(remove(admin, patient, priyaId, false).headers().firstValue("Location").orElseThrow())
                .endsWith(removePath(patient, priyaId));
        assertThat(careTeam(patient)).contains(Demo.CLINICIAN);
        assertThat(admin.get(removePath(patient, priyaId)).body()).contains("name=\"confirmed\" value=\"yes\"");

        HttpResponse<String> confirmed = remove(admin, patient, priyaId, true);

        assertThat(confirmed.headers().firstValue("Location").orElseThrow()).endsWith("/patients/" + patient + "#care-team");
        assertThat(admin.get("/patients/" + patient).body()).contains("Removed from the care team.");
        assertThat(careTeam(patient)).containsExactly(Demo.THERAPIST);
    }

    @Test
    void theClinicianStaysWhileAClearanceRequestForThePatientIsOpen() {
        UUID patient = patientWithPriya("Opal", "Openrequest");
        Api api = new Api(port);
        HttpResponse<String> screened = api.send("POST", "/api/v1/patients/" + patient + "/screenings",
                api.token(Demo.THERAPIST, totp),
                "{\"painDurationWeeks\": 30, \"conditions\": [{\"code\": \"ANTICOAGULANT_THERAPY\"}]}");
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(201);

        for (Browserless either : List.of(admin, priya)) {
            HttpResponse<String> refused = remove(either, patient, priyaId, true);
            assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("#care-team");
            assertThat(either.get("/patients/" + patient).body()).contains(REFUSED_BESIDE_CONTROL)
                    .contains("The clinician stays on the care team while a clearance request for this patient is open");
            assertThat(either.get(removePath(patient, priyaId)).body()).contains("id=\"removal-refused\"")
                    .doesNotContain("name=\"confirmed\"");
        }
        assertThat(careTeam(patient)).contains(Demo.CLINICIAN);
        assertThat(auditLog.forPatient(patient, 40)).filteredOn(e -> e.action().equals("careteam.remove"))
                .hasSize(2).allSatisfy(e -> assertThat(e.outcome()).isEqualTo(Outcome.DENIED));
    }

    @Test
    void aTherapistStillRemovesAnotherTherapistAtOnce() {
        UUID patient = patientWithPriya("Tia", "Therapistswap");
        assertThat(maya.post("/patients/" + patient + "/care-team", Map.of("accountId", tomasId.toString()))
                .statusCode()).isEqualTo(302);
        assertThat(careTeam(patient)).contains(Demo.OTHER_THERAPIST);

        HttpResponse<String> removed = remove(maya, patient, tomasId, false);

        assertThat(removed.headers().firstValue("Location").orElseThrow()).endsWith("/patients/" + patient + "#care-team");
        assertThat(maya.get("/patients/" + patient).body()).contains("Removed from the care team.")
                .doesNotContain(REFUSED_BESIDE_CONTROL).doesNotContain("aria-describedby=\"remove-refused\"");
        assertThat(careTeam(patient)).doesNotContain(Demo.OTHER_THERAPIST).contains(Demo.CLINICIAN, Demo.THERAPIST);
    }

    /** A new patient of Maya Chen's, with Dr Priya Shah added to the care team. */
    private UUID patientWithPriya(String given, String family) {
        maya.get("/patients/new");
        String chart = maya.post("/patients", Map.of("givenName", given, "familyName", family,
                "dateOfBirth", "1968-09-23", "preferredLanguage", "en", "email", "", "phone", "",
                "emergencyContactName", "", "emergencyContactPhone", "", "referralNote", ""))
                .headers().firstValue("Location").orElseThrow();
        UUID patient = UUID.fromString(chart.substring(chart.lastIndexOf('/') + 1));
        maya.get("/patients/" + patient);
        assertThat(maya.post("/patients/" + patient + "/care-team", Map.of("accountId", priyaId.toString()))
                .statusCode()).isEqualTo(302);
        assertThat(careTeam(patient)).containsExactlyInAnyOrder(Demo.THERAPIST, Demo.CLINICIAN);
        return patient;
    }

    private HttpResponse<String> remove(Browserless who, UUID patient, UUID member, boolean confirmed) {
        who.get("/patients/" + patient);
        return who.post(removePath(patient, member), confirmed ? Map.of("confirmed", "yes") : Map.of());
    }

    private static String removePath(UUID patient, UUID member) {
        return "/patients/" + patient + "/care-team/" + member + "/remove";
    }

    private UUID account(String email) {
        return jdbc.sql("select public_id from account where email = ?").param(email).query(UUID.class).single();
    }

    private List<String> careTeam(UUID patient) {
        return jdbc.sql("""
                select a.email from care_team_member m join patient p on p.id = m.patient_id
                join account a on a.id = m.account_id where p.public_id = ? order by a.email""")
                .param(patient).query(String.class).list();
    }
}
