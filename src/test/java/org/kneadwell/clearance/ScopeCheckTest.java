package org.kneadwell.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kneadwell.clearance.Scopes.scope;
import static org.kneadwell.shared.Technique.*;

import org.junit.jupiter.api.Test;
import org.kneadwell.screening.policy.ScreeningResult;

/** Issue 4, "Decisions": a scope must fit the screen it clears, or the decision is refused with a clear message. */
class ScopeCheckTest {

    @Test
    void acceptsAScopeThatOnlyNarrows() {
        assertThat(ScopeCheck.problems(Screens.anticoagulated(), scope().only(SWEDISH).cap(SWEDISH, 1).build()))
                .isEmpty();
    }

    @Test
    void acceptsAPermissionForEveryReasonOfAContraindicatedTechnique() {
        ClearanceScope permitted = scope().only(SWEDISH, DEEP_TISSUE).cap(DEEP_TISSUE, 2)
                .permit(DEEP_TISSUE, "ANTICOAGULANT_THERAPY").permit(DEEP_TISSUE, "BLEEDING_DISORDER").build();

        assertThat(ScopeCheck.problems(Screens.anticoagulatedWithBleedingDisorder(), permitted)).isEmpty();
    }

    @Test
    void refusesAContraindicatedTechniqueInScopeWithoutAPermissionForEveryReason() {
        ClearanceScope halfPermitted = scope().only(DEEP_TISSUE).cap(DEEP_TISSUE, 2)
                .permit(DEEP_TISSUE, "ANTICOAGULANT_THERAPY").build();

        assertThat(ScopeCheck.problems(Screens.anticoagulatedWithBleedingDisorder(), halfPermitted))
                .extracting(ScopeProblem::field, ScopeProblem::messageKey, ScopeProblem::detail)
                .containsExactly(tuple("techniques", ScopeCheck.NEEDS_PERMISSION, "DEEP_TISSUE: BLEEDING_DISORDER"));
    }

    @Test
    void refusesAPermissionThatNamesAnAbsoluteContraindication() {
        ClearanceScope scope = scope().only(SWEDISH).cap(SWEDISH, 1).permit(SWEDISH, "DVT").build();

        assertThat(ScopeCheck.problems(Screens.dvt(), scope)).extracting(ScopeProblem::field, ScopeProblem::messageKey)
                .containsExactly(tuple("permissions[0]", ScopeCheck.ABSOLUTE));
    }

    @Test
    void saysAnAbsolutelyContraindicatedTechniqueCannotBePermittedRatherThanAskingForAPermission() {
        assertThat(ScopeCheck.problems(Screens.contagiousSkinLesion(), scope().only(HOT_STONE).build()))
                .extracting(ScopeProblem::messageKey).containsExactly(ScopeCheck.ABSOLUTE);
    }

    @Test
    void refusesAPermissionForARestrictionTheScreenDidNotContraindicateFor() {
        ClearanceScope scope = scope().only(SWEDISH, DEEP_TISSUE).cap(SWEDISH, 2).cap(DEEP_TISSUE, 2)
                .permit(SWEDISH, "ANTICOAGULANT_THERAPY").permit(DEEP_TISSUE, "ANTICOAGULANT_THERAPY")
                .permit(DEEP_TISSUE, "OSTEOPOROSIS").build();

        assertThat(ScopeCheck.problems(Screens.anticoagulated(), scope))
                .extracting(ScopeProblem::field, ScopeProblem::messageKey).containsExactly(
                        tuple("permissions[0]", ScopeCheck.NO_SUCH_RESTRICTION),
                        tuple("permissions[2]", ScopeCheck.NO_SUCH_RESTRICTION));
    }

    @Test
    void refusesToLiftAHoldThereIsNot() {
        assertThat(ScopeCheck.problems(Screens.anticoagulated(), scope().only(SWEDISH).liftingHold().build()))
                .extracting(ScopeProblem::field, ScopeProblem::messageKey)
                .containsExactly(tuple("liftsHold", ScopeCheck.NO_HOLD));
    }

    @Test
    void refusesAnApprovalOfAPatientOnHoldThatDoesNotSayItLiftsTheHold() {
        ScreeningResult prompt = Screens.prompt();

        assertThat(ScopeCheck.problems(prompt, scope().build())).extracting(ScopeProblem::field, ScopeProblem::messageKey)
                .containsExactly(tuple("liftsHold", ScopeCheck.HOLD_NOT_LIFTED));
        assertThat(ScopeCheck.problems(prompt, scope().liftingHold().build())).isEmpty();
    }

    @Test
    void liftingAHoldStillNeedsPermissionsForTheConditions() {
        assertThat(ScopeCheck.problems(Screens.emergencyAnticoagulated(), scope().liftingHold().build()))
                .extracting(ScopeProblem::messageKey, ScopeProblem::detail).containsExactly(
                        tuple(ScopeCheck.NEEDS_PERMISSION, "DEEP_TISSUE: ANTICOAGULANT_THERAPY"),
                        tuple(ScopeCheck.NEEDS_PERMISSION, "TRIGGER_POINT: ANTICOAGULANT_THERAPY"),
                        tuple(ScopeCheck.NEEDS_PERMISSION, "MYOFASCIAL_RELEASE: ANTICOAGULANT_THERAPY"));
    }

    @Test
    void aSkinLesionIsAbsoluteOnlyWhenItContraindicates() {
        assertThat(AbsoluteContraindications.isAbsolute(org.kneadwell.screening.policy.ConditionCode.SKIN_LESION, Screens.contagiousSkinLesion())).isTrue();
        assertThat(AbsoluteContraindications.isAbsolute(org.kneadwell.screening.policy.ConditionCode.SKIN_LESION, Screens.plainPosture())).isFalse();
        assertThat(AbsoluteContraindications.isAbsolute(org.kneadwell.screening.policy.ConditionCode.DVT, Screens.plainPosture())).isTrue();
        assertThat(AbsoluteContraindications.isAbsolute(org.kneadwell.screening.policy.ConditionCode.ANTICOAGULANT_THERAPY, Screens.anticoagulated())).isFalse();
    }
}
