package org.kneadwell.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.shared.Goal;
import org.kneadwell.shared.Technique;

class TreatmentPlanTest {

    private static final Stamp MAYA = new Stamp(UUID.randomUUID(), Instant.parse("2026-03-02T09:00:00Z"));

    private static TreatmentPlan draftWith(List<Technique> techniques, String exercise) {
        return TreatmentPlan.draft(UUID.randomUUID(), MAYA.by(), "Maya Chen",
                new PlanContent(List.of(Goal.PAIN_RELIEF), techniques, Dose.suggested(), "Stay active", exercise), MAYA);
    }

    @Test
    void movesFromDraftToActiveToCompleted() {
        TreatmentPlan draft = draftWith(List.of(Technique.SWEDISH), "Walk daily");
        TreatmentPlan active = draft.activate(MAYA);
        TreatmentPlan done = active.complete(MAYA);

        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(active.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(active.activated()).isEqualTo(MAYA);
        assertThat(done.status()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(done.completed()).isEqualTo(MAYA);
    }

    @Test
    void refusesToActivateWithoutATechniqueOrAnExercisePart() {
        assertThatThrownBy(() -> draftWith(List.of(), "Walk daily").activate(MAYA))
                .isInstanceOf(PlanStateException.class).hasMessage("plan.error.noTechnique");
        assertThatThrownBy(() -> draftWith(List.of(Technique.SWEDISH), "  ").activate(MAYA))
                .isInstanceOf(PlanStateException.class).hasMessage("plan.error.noExercise");
    }

    @Test
    void refusesIllegalTransitions() {
        TreatmentPlan draft = draftWith(List.of(Technique.SWEDISH), "Walk daily");
        TreatmentPlan active = draft.activate(MAYA);
        TreatmentPlan done = active.complete(MAYA);

        assertThatThrownBy(() -> draft.complete(MAYA)).hasMessage("plan.error.completeOnlyActive");
        assertThatThrownBy(() -> active.activate(MAYA)).hasMessage("plan.error.activateOnlyDraft");
        assertThatThrownBy(() -> active.revise(draft.content())).hasMessage("plan.error.reviseOnlyDraft");
        assertThatThrownBy(() -> done.complete(MAYA)).hasMessage("plan.error.completeOnlyActive");
        assertThatThrownBy(() -> done.activate(MAYA)).hasMessage("plan.error.activateOnlyDraft");
    }

    @Test
    void aDraftCanBeRevised() {
        TreatmentPlan draft = draftWith(List.of(Technique.SWEDISH), "Walk daily");
        PlanContent changed = new PlanContent(List.of(Goal.POSTURE), List.of(Technique.HOT_STONE, Technique.SWEDISH),
                new Dose(45, 14, 6), null, "Swim");

        TreatmentPlan revised = draft.revise(changed);

        assertThat(revised.content().techniques()).containsExactly(Technique.SWEDISH, Technique.HOT_STONE);
        assertThat(revised.status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void suggestsTenWeeklySessionsOfAnHour() {
        assertThat(Dose.suggested()).isEqualTo(new Dose(60, 7, 10));
    }

    @Test
    void refusesDosesOutOfRange() {
        assertThatThrownBy(() -> new Dose(14, 7, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Dose(121, 7, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Dose(60, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Dose(60, 29, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Dose(60, 7, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Dose(60, 7, 53)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Dose(15, 1, 1)).isNotNull();
        assertThat(new Dose(120, 28, 52)).isNotNull();
    }

    @Test
    void reassessesEveryFourthSessionAndAtTheEnd() {
        assertThat(new Dose(60, 7, 10).reassessmentPoints()).containsExactly(4, 8, 10);
        assertThat(new Dose(60, 7, 8).reassessmentPoints()).containsExactly(4, 8);
        assertThat(new Dose(60, 7, 3).reassessmentPoints()).containsExactly(3);
        assertThat(new Dose(60, 7, 1).reassessmentPoints()).containsExactly(1);
    }

    @Test
    void aFormNamesEveryWrongField() {
        PlanForm form = new PlanForm(List.of("PAIN_RELIEF", "FLYING"), List.of("SWEDISH", "REIKI"), "5", "x", "",
                null, "Walk");

        InvalidPlanException invalid = org.junit.jupiter.api.Assertions.assertThrows(InvalidPlanException.class,
                form::read);

        assertThat(invalid.problems()).extracting(PlanProblem::field)
                .containsExactly("goals", "techniques", "sessionMinutes", "everyDays", "sessions");
        assertThat(invalid.problems().get(1).args()).containsExactly("REIKI");
    }

    @Test
    void aPlanSetsHowOftenThePatientIsAskedWithinLimits() {
        PlanForm usual = new PlanForm(List.of("PAIN_RELIEF"), List.of("SWEDISH"), "60", "7", "10", null, "Walk");
        assertThat(usual.read().measuring()).isEqualTo(Measuring.usual());

        PlanForm fortnightly = new PlanForm(List.of("PAIN_RELIEF"), List.of("SWEDISH"), "60", "7", "10", null, "Walk",
                "2", "4");
        assertThat(fortnightly.read().measuring()).isEqualTo(new Measuring(2, 4));
        assertThat(PlanForm.of(fortnightly.read()).questionnaireWeeks()).isEqualTo("2");

        PlanForm wrong = new PlanForm(List.of("PAIN_RELIEF"), List.of("SWEDISH"), "60", "7", "10", null, "Walk", "13",
                "");
        InvalidPlanException invalid = org.junit.jupiter.api.Assertions.assertThrows(InvalidPlanException.class,
                wrong::read);
        assertThat(invalid.problems()).extracting(PlanProblem::field).containsExactly("questionnaireWeeks",
                "ratingWeeks");
        assertThatThrownBy(() -> new Measuring(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Measuring(4, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
