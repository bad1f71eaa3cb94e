package org.kneadwell.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.AccountDirectory;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.identity.Totp;
import org.kneadwell.patient.PatientNotFoundException;
import org.kneadwell.shared.Goal;
import org.kneadwell.shared.Technique;
import org.kneadwell.support.Api;
import org.kneadwell.support.Browserless;
import org.kneadwell.support.Demo;
import org.kneadwell.support.KneadwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Plans through the service and the pages, on the demo clinic. */
@KneadwellTest
class TreatmentPlansTest {

    @LocalServerPort
    int port;

    @Autowired
    TreatmentPlans plans;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Totp totp;

    private CurrentUser user(String email) {
        return accounts.findByEmail(email).orElseThrow().asCurrentUser();
    }

    private UUID patient(String given, String family) {
        return jdbc.sql("select public_id from patient where given_name = ? and family_name = ?")
                .params(given, family).query(UUID.class).single();
    }

    private int plansOf(UUID patient) {
        return jdbc.sql("select count(*) from treatment_plan where patient_id = ?").param(patient)
                .query(Integer.class).single();
    }

    private int auditEvents(UUID patient, String action) {
        return jdbc.sql("select count(*) from audit_event where patient_id = ? and action = ?")
                .params(patient, action).query(Integer.class).single();
    }

    @Test
    void theDemoClinicHasAnActiveADraftAndACompletedPlan() {
        CurrentUser maya = user(Demo.THERAPIST);
        assertThat(plans.current(maya, patient("Jordan", "Ellis")).orElseThrow().status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(jdbc.sql("select status from treatment_plan where patient_id = ?").param(patient("Hannah", "Schmidt"))
                .query(String.class).list()).contains("DRAFT");
        assertThat(jdbc.sql("select status from treatment_plan where patient_id = ?").param(patient("Wei", "Zhang"))
                .query(String.class).list()).containsExactly("COMPLETED");
    }

    @Test
    void aTherapistDraftsAPlanWithTheIntakeGoalsAndTheTechniquesAllowedToday() {
        CurrentUser maya = user(Demo.THERAPIST);
        UUID jordan = patient("Jordan", "Ellis");

        PlanForm proposal = plans.proposal(maya, jordan);
        TreatmentPlan draft = plans.draft(maya, jordan);

        assertThat(proposal.goals()).containsExactly("PAIN_RELIEF", "MUSCLE_TENSION", "POSTURE");
        assertThat(draft.content().goals()).containsExactly(Goal.PAIN_RELIEF, Goal.MUSCLE_TENSION, Goal.POSTURE);
        assertThat(draft.content().techniques()).isNotEmpty();
        assertThat(draft.content().dose()).isEqualTo(Dose.suggested());
        assertThat(draft.content().exercise()).contains("NG59");
        assertThat(draft.reassessmentPoints()).containsExactly(4, 8, 10);
        assertThat(auditEvents(jordan, "plan.create")).isPositive();
    }

    @Test
    void refusesATechniqueEffectiveSafetyForbidsAndSavesNothing() {
        CurrentUser maya = user(Demo.THERAPIST);
        UUID rosa = patient("Rosa", "Martinez");
        PlanForm allowed = plans.proposal(maya, rosa);
        Technique forbidden = java.util.Arrays.stream(Technique.values())
                .filter(t -> !allowed.techniques().contains(t.name())).findFirst().orElseThrow();
        int before = plansOf(rosa);
        PlanForm withForbidden = new PlanForm(allowed.goals(), List.of(forbidden.name()), "60", "7", "10", null, "Walk");

        assertThatThrownBy(() -> plans.save(maya, rosa, null, withForbidden))
                .isInstanceOfSatisfying(InvalidPlanException.class, invalid -> {
                    assertThat(invalid.concerns("techniques")).isTrue();
                    assertThat(invalid.problems().get(0).args().get(0)).isEqualTo(forbidden);
                    assertThat((String) invalid.problems().get(0).args().get(1)).isNotBlank();
                });
        assertThat(plansOf(rosa)).isEqualTo(before);
    }

    @Test
    void thePlanPageShowsTheRefusalBesideTheTechniques() {
        UUID rosa = patient("Rosa", "Martinez");
        Browserless maya = new Browserless(port);
        assertThat(maya.signIn(Demo.THERAPIST, totp)).isTrue();
        assertThat(maya.get("/patients/" + rosa + "/plans/new").statusCode()).isEqualTo(200);
        int before = plansOf(rosa);

        var page = maya.post("/patients/" + rosa + "/plans", java.util.Map.of("techniques", "SWEDISH",
                "sessionMinutes", "60", "everyDays", "7", "sessions", "10", "exercise", "Walk"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"techniques-error\"").contains("Swedish massage is not allowed");
        assertThat(plansOf(rosa)).isEqualTo(before);
    }

    @Test
    void aPlanIsActivatedThenCompleted() {
        CurrentUser maya = user(Demo.THERAPIST);
        UUID aisha = patient("Aisha", "Rahman");
        int activations = auditEvents(aisha, "plan.activate");
        int completions = auditEvents(aisha, "plan.complete");
        TreatmentPlan draft = plans.draft(maya, aisha);

        TreatmentPlan active = plans.activate(maya, aisha, draft.publicId());
        assertThatThrownBy(() -> plans.save(maya, aisha, draft.publicId(), PlanForm.of(draft.content())))
                .isInstanceOf(PlanStateException.class);
        TreatmentPlan done = plans.complete(maya, aisha, draft.publicId());

        assertThat(active.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(done.status()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(done.version()).isEqualTo(2);
        assertThat(auditEvents(aisha, "plan.activate")).isEqualTo(activations + 1);
        assertThat(auditEvents(aisha, "plan.complete")).isEqualTo(completions + 1);
    }

    @Test
    void aTherapistOutsideTheCareTeamIsToldThePatientDoesNotExist() {
        CurrentUser tomas = user(Demo.OTHER_THERAPIST);
        UUID jordan = patient("Jordan", "Ellis");

        assertThatThrownBy(() -> plans.draft(tomas, jordan)).isInstanceOf(PatientNotFoundException.class);
        assertThatThrownBy(() -> plans.list(tomas, jordan)).isInstanceOf(PatientNotFoundException.class);
        Browserless page = new Browserless(port);
        assertThat(page.signIn(Demo.OTHER_THERAPIST, totp)).isTrue();
        assertThat(page.get("/patients/" + jordan + "/plans/new").statusCode()).isEqualTo(404);
        Api api = new Api(port);
        assertThat(api.get("/api/v1/patients/" + jordan + "/plans", api.token(Demo.OTHER_THERAPIST, totp))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void thePatientReadsTheirPlanInPlainWords() {
        UUID jordan = patient("Jordan", "Ellis");
        TreatmentPlan plan = plans.current(user(Demo.PATIENT), jordan).orElseThrow();
        Browserless page = new Browserless(port);
        assertThat(page.signIn(Demo.PATIENT, totp)).isTrue();

        var view = page.get("/patients/" + jordan + "/plans/" + plan.publicId());
        var chart = page.get("/patients/" + jordan);
        Api api = new Api(port);
        var json = api.get("/api/v1/patients/" + jordan + "/plans", api.token(Demo.PATIENT, totp));

        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).contains("Your treatment plan").contains("Your exercise").doesNotContain("[S24]");
        assertThat(chart.body()).contains("id=\"plan\"").doesNotContain("Draft a plan");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"id\":\"" + plan.publicId() + "\"").contains("\"reassessmentPoints\":[4,8,10]");
        assertThat(auditEvents(jordan, "plan.read")).isPositive();
        assertThat(auditEvents(jordan, "plan.list")).isPositive();
    }

    @Test
    void theTherapistDraftsEditsAndStartsAPlanFromTheChart() {
        UUID kofi = patient("Kofi", "Mensah");
        Browserless maya = new Browserless(port);
        assertThat(maya.signIn(Demo.THERAPIST, totp)).isTrue();
        assertThat(maya.get("/patients/" + kofi).body()).contains("id=\"plan\"").contains("Draft a plan");

        var form = maya.get("/patients/" + kofi + "/plans/new");
        var tooShort = maya.post("/patients/" + kofi + "/plans", java.util.Map.of("sessionMinutes", "5",
                "everyDays", "7", "sessions", "10", "exercise", "Walk"));

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"exercise\"").contains("NG59");
        assertThat(tooShort.statusCode()).isEqualTo(200);
        assertThat(tooShort.body()).contains("id=\"sessionMinutes-error\"").contains("Enter a number from 15 to 120.");
        assertThat(plansOf(kofi)).isZero();
        var tooRare = maya.post("/patients/" + kofi + "/plans", java.util.Map.of("sessionMinutes", "45",
                "everyDays", "14", "sessions", "6", "exercise", "Walk", "questionnaireWeeks", "26", "ratingWeeks",
                "1"));
        assertThat(tooRare.body()).contains("id=\"questionnaireWeeks-error\"").contains("Enter a number from 1 to 12.")
                .contains("value=\"26\"");
        assertThat(plansOf(kofi)).isZero();

        var saved = maya.post("/patients/" + kofi + "/plans", java.util.Map.of("sessionMinutes", "45",
                "everyDays", "14", "sessions", "6", "exercise", "Walk 20 minutes a day", "goals", "POSTURE",
                "questionnaireWeeks", "2", "ratingWeeks", "1"));
        String planPage = saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        var view = maya.get(planPage);
        var edit = maya.get(planPage + "/edit");
        var start = maya.post(planPage + "/activate", java.util.Map.of());
        var noTechnique = maya.get(planPage);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(view.body()).contains("6 sessions of 45 minutes, every 14 days").contains("After sessions 4, 6")
                .contains("Questionnaires every 2 weeks, ratings every week; once more at the end")
                .contains("Start the plan");
        assertThat(edit.statusCode()).isEqualTo(200);
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(noTechnique.body()).contains("Choose at least one technique before starting the plan.");
        assertThat(jdbc.sql("select status from treatment_plan where patient_id = ?").param(kofi).query(String.class)
                .single()).isEqualTo("DRAFT");
    }

    @Test
    void twoDraftsStartedAtOnceLeaveOneActivePlan() throws Exception {
        CurrentUser maya = user(Demo.THERAPIST);
        UUID aisha = patient("Aisha", "Rahman");
        List<UUID> drafts = List.of(plans.draft(maya, aisha).publicId(), plans.draft(maya, aisha).publicId());
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
        for (UUID draft : drafts) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    plans.activate(maya, aisha, draft);
                    return true;
                } catch (PlanStateException refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        int won = 0;
        for (var result : results) {
            won += result.get(30, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(won).isEqualTo(1);
        TreatmentPlan active = plans.current(maya, aisha).orElseThrow();
        assertThat(active.status()).isEqualTo(PlanStatus.ACTIVE);
        plans.complete(maya, aisha, active.publicId());
    }
}
