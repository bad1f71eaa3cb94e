package org.kneadwell.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.PatientDetails;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.shared.SessionNoteVoided;
import org.kneadwell.shared.SessionPainRecorded;
import org.kneadwell.shared.Technique;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The session module's events, published directly as a signed or voided note would publish them (in the signing
 * transaction), keep the pain timeline and drive the "not improving" and "worsening" alerts.
 */
@KneadwellTest
class ProgressRulesTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PatientRecords records;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Outcomes outcomes;

    private CurrentUser maya() {
        return accounts.findByEmail(Demo.THERAPIST).orElseThrow().asCurrentUser();
    }

    private UUID newPatient(String family) {
        return records.register(maya(), new PatientDetails("Test", family, LocalDate.of(1980, 1, 1), null, null, null,
                null, "en", null)).publicId();
    }

    private UUID demoPatient(String given) {
        return jdbc.sql("select public_id from patient where given_name = ?").param(given).query(UUID.class).single();
    }

    private UUID sign(UUID patient, Instant start, int before, int after) {
        UUID appointment = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> events.publishEvent(new SessionPainRecorded(patient, appointment, start,
                before, after, List.of(Technique.SWEDISH, Technique.MYOFASCIAL_RELEASE), java.util.Set.of())));
        return appointment;
    }

    private List<String> alertsFor(UUID patient) {
        return jdbc.sql("select message from alert where patient_id = ? order by id").param(patient)
                .query(String.class).list();
    }

    private List<String> rulesFired(UUID patient) {
        return jdbc.sql("select kind from outcome_alert where patient_id = ? order by id").param(patient)
                .query(String.class).list();
    }

    @Test
    void fourSessionsWithoutAClinicallyImportantImprovementAlertTheTherapist() {
        UUID patient = newPatient("Stuck");
        Instant t = Instant.parse("2026-09-01T09:00:00Z");
        int[] before = { 6, 6, 5, 6 };
        for (int i = 0; i < before.length; i++) {
            sign(patient, t.plus(Duration.ofDays(7L * i)), before[i], 4);
            if (i < 3) {
                assertThat(rulesFired(patient)).as("after session %d", i + 1).isEmpty();
            }
        }
        assertThat(rulesFired(patient)).containsExactly(ProgressRules.NOT_IMPROVING);
        assertThat(alertsFor(patient)).singleElement().asString().contains("not improving after 4 sessions")
                .contains("reassessment").contains("different technique").contains("referral");
        sign(patient, t.plus(Duration.ofDays(35)), 6, 4);
        assertThat(rulesFired(patient)).as("not again before 4 more sessions").hasSize(1);
    }

    @Test
    void anImprovingPatientGetsNoAlert() {
        UUID patient = newPatient("Better");
        Instant t = Instant.parse("2026-09-01T09:00:00Z");
        int[] before = { 7, 6, 5, 4, 3 };
        for (int i = 0; i < before.length; i++) {
            sign(patient, t.plus(Duration.ofDays(7L * i)), before[i], before[i] - 2);
        }
        assertThat(rulesFired(patient)).isEmpty();
        assertThat(alertsFor(patient)).isEmpty();
    }

    @Test
    void aWorseningByTheMcidAlertsAtOnceAndOnlyWhenItCrossesIn() {
        UUID patient = newPatient("Worse");
        Instant t = Instant.parse("2026-09-01T09:00:00Z");
        sign(patient, t, 4, 3);
        sign(patient, t.plusSeconds(86_400 * 7), 5, 4);
        assertThat(rulesFired(patient)).isEmpty();
        sign(patient, t.plusSeconds(86_400 * 14), 6, 5);
        assertThat(rulesFired(patient)).containsExactly(ProgressRules.WORSENING);
        assertThat(alertsFor(patient)).singleElement().asString().contains("worse than at baseline");
        sign(patient, t.plusSeconds(86_400 * 21), 7, 6);
        assertThat(rulesFired(patient)).as("still worse: no second worsening alert")
                .filteredOn(ProgressRules.WORSENING::equals).hasSize(1);
    }

    @Test
    void aVoidedNoteTakesItsPainOutOfTheTimelineAndTheSessionCount() {
        UUID patient = newPatient("Voided");
        Instant t = Instant.parse("2026-09-01T09:00:00Z");
        sign(patient, t, 6, 4);
        UUID voided = sign(patient, t.plusSeconds(86_400 * 7), 2, 1);
        transactions.executeWithoutResult(tx -> events.publishEvent(new SessionNoteVoided(patient, voided)));
        List<Measurement> pain = outcomes.observations(maya(), patient, "NPRS", null, null, 0, 10);
        assertThat(pain).extracting(m -> m.value().intValue()).containsExactly(6);
        assertThat(pain.get(0).techniques()).containsExactly(Technique.SWEDISH, Technique.MYOFASCIAL_RELEASE);
        assertThat(outcomes.observations(maya(), patient, "NPRS_AFTER_SESSION", null, null, 0, 10)).hasSize(1);
    }

    @Test
    void theSeededNotImprovingPatientHasTheAlertAndTheImprovingOneDoesNot() {
        assertThat(rulesFired(demoPatient("Aisha"))).contains(ProgressRules.NOT_IMPROVING);
        assertThat(alertsFor(demoPatient("Aisha"))).anyMatch(m -> m.contains("not improving"));
        assertThat(rulesFired(demoPatient("Jordan"))).isEmpty();
        assertThat(rulesFired(demoPatient("Kofi"))).contains(ProgressRules.WORSENING);
    }
}
