package org.kneadwell.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kneadwell.clearance.Scopes.DECIDED;
import static org.kneadwell.clearance.Scopes.VALID_UNTIL;
import static org.kneadwell.clearance.Scopes.scope;
import static org.kneadwell.shared.Technique.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kneadwell.screening.policy.Heat;
import org.kneadwell.screening.policy.ScreeningResult;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;

/** Issue 4, "What may be done today": effective safety from real reference-policy screens and clearances. */
class EffectiveSafetyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);

    @Test
    void aHoldIsLiftedOnlyByAClinicianClearanceThatSaysSo() {
        ScreeningResult prompt = Screens.prompt();

        SafetyToday noClearance = EffectiveSafety.on(TODAY, prompt, null);
        assertThat(noClearance.onHold()).isTrue();
        assertThat(noClearance.clearanceStatus()).isEqualTo(ClearanceStatus.AWAITING);
        assertThat(noClearance.anyAllowed()).isFalse();
        assertThat(noClearance.verdict(SWEDISH).status()).isEqualTo(TechniqueStatus.CONTRAINDICATED);
        assertThat(noClearance.verdict(SWEDISH).limits()).extracting(Limit::source, Limit::code)
                .containsExactly(tuple(LimitSource.HOLD, "RF11"));

        SafetyToday silentOnHold = EffectiveSafety.on(TODAY, prompt, scope().clearance());
        assertThat(silentOnHold.onHold()).isTrue();
        assertThat(silentOnHold.anyAllowed()).isFalse();

        SafetyToday lifted = EffectiveSafety.on(TODAY, prompt, scope().liftingHold().clearance());
        assertThat(lifted.onHold()).isFalse();
        assertThat(lifted.clearanceStatus()).isEqualTo(ClearanceStatus.VALID);
        assertThat(lifted.techniques()).allMatch(EffectiveVerdict::allowed);
    }

    @Test
    void liftingAnEmergencyHoldStillRespectsTheConditions() {
        ScreeningResult screen = Screens.emergencyAnticoagulated();

        SafetyToday today = EffectiveSafety.on(TODAY, screen, scope().liftingHold().clearance());

        assertThat(today.onHold()).isFalse();
        assertThat(today.verdict(DEEP_TISSUE).allowed()).isFalse();
        assertThat(today.verdict(DEEP_TISSUE).limits()).extracting(Limit::code).containsExactly("ANTICOAGULANT_THERAPY");
        assertThat(today.verdict(SWEDISH).allowed()).isTrue();
        assertThat(today.verdict(SWEDISH).maxPressure()).isEqualTo(2);
    }

    @Test
    void anEmergencyHoldNamesItsRedFlagsOnEveryTechnique() {
        SafetyToday today = EffectiveSafety.on(TODAY, Screens.emergency(), null);

        assertThat(today.techniques()).allSatisfy(verdict -> {
            assertThat(verdict.allowed()).isFalse();
            assertThat(verdict.maxPressure()).isZero();
            assertThat(verdict.heat()).isEqualTo(Heat.NONE);
            assertThat(verdict.limits()).extracting(Limit::code).containsExactly("RF2");
        });
    }

    @Test
    void anAbsoluteContraindicationCannotBeLiftedEvenByAScopeThatClaimsTo() {
        ScreeningResult dvt = Screens.dvt();
        ClearanceScope claims = scope().only(SWEDISH).cap(SWEDISH, 1).permit(SWEDISH, "DVT").build();

        assertThat(ScopeCheck.problems(dvt, claims)).extracting(ScopeProblem::messageKey)
                .containsOnly(ScopeCheck.ABSOLUTE);
        SafetyToday today = EffectiveSafety.on(TODAY, dvt, scope().only(SWEDISH).cap(SWEDISH, 1)
                .permit(SWEDISH, "DVT").clearance());
        assertThat(today.anyAllowed()).isFalse();
        assertThat(today.verdict(SWEDISH).status()).isEqualTo(TechniqueStatus.CONTRAINDICATED);
    }

    @Test
    void aContagiousSkinLesionCannotBeLifted() {
        ScreeningResult lesion = Screens.contagiousSkinLesion();
        Clearance claims = scope().only(SWEDISH).cap(SWEDISH, 2).permit(SWEDISH, "SKIN_LESION").clearance();

        assertThat(ScopeCheck.problems(lesion, claims.scope())).extracting(ScopeProblem::messageKey)
                .containsOnly(ScopeCheck.ABSOLUTE);
        assertThat(EffectiveSafety.on(TODAY, lesion, claims).anyAllowed()).isFalse();
    }

    @Test
    void anExpiredClearanceStopsCountingOnTheDayAfterItsValidUntilDate() {
        ScreeningResult screen = Screens.anticoagulated();
        Clearance clearance = scope().clearance();

        SafetyToday lastDay = EffectiveSafety.on(VALID_UNTIL, screen, clearance);
        SafetyToday dayAfter = EffectiveSafety.on(VALID_UNTIL.plusDays(1), screen, clearance);

        assertThat(lastDay.clearanceStatus()).isEqualTo(ClearanceStatus.VALID);
        assertThat(lastDay.verdict(SWEDISH).allowed()).isTrue();
        assertThat(dayAfter.clearanceStatus()).isEqualTo(ClearanceStatus.EXPIRED);
        assertThat(dayAfter.clearanceValidUntil()).isEqualTo(VALID_UNTIL);
        assertThat(dayAfter.anyAllowed()).isFalse();
        assertThat(dayAfter.badge()).isEqualTo(SafetyBadge.CLEARANCE_NEEDED);
        assertThat(dayAfter.verdict(SWEDISH).limits()).extracting(Limit::source).contains(LimitSource.EXPIRED);
    }

    @Test
    void aClearanceCountsFromTheDayItWasDecided() {
        Clearance clearance = scope().clearance();

        assertThat(EffectiveSafety.on(DECIDED.minusDays(1), Screens.anticoagulated(), clearance).clearanceStatus())
                .isEqualTo(ClearanceStatus.AWAITING);
        assertThat(EffectiveSafety.on(DECIDED, Screens.anticoagulated(), clearance).clearanceStatus())
                .isEqualTo(ClearanceStatus.VALID);
    }

    @Test
    void awaitingClearanceAllowsNothingButShowsWhatTheScreenSays() {
        SafetyToday today = EffectiveSafety.on(TODAY, Screens.anticoagulated(), null);

        assertThat(today.clearanceStatus()).isEqualTo(ClearanceStatus.AWAITING);
        assertThat(today.anyAllowed()).isFalse();
        EffectiveVerdict swedish = today.verdict(SWEDISH);
        assertThat(swedish.status()).isEqualTo(TechniqueStatus.RESTRICTED);
        assertThat(swedish.maxPressure()).isEqualTo(2);
        assertThat(swedish.limits()).extracting(Limit::source, Limit::code).containsExactly(
                tuple(LimitSource.SCREEN, "ANTICOAGULANT_THERAPY"),
                tuple(LimitSource.AWAITING_CLEARANCE, "AWAITING_CLEARANCE"));
    }

    @Test
    void techniquesOutsideTheScopeAreNotAllowed() {
        SafetyToday today = EffectiveSafety.on(TODAY, Screens.highRiskPregnancy(),
                scope().only(SWEDISH, MYOFASCIAL_RELEASE).clearance());

        assertThat(today.verdict(SWEDISH).allowed()).isTrue();
        assertThat(today.verdict(MYOFASCIAL_RELEASE).allowed()).isTrue();
        for (Technique outside : new Technique[] { DEEP_TISSUE, TRIGGER_POINT, HOT_STONE }) {
            assertThat(today.verdict(outside).allowed()).as(outside.name()).isFalse();
            assertThat(today.verdict(outside).hasLimitFrom(LimitSource.NOT_IN_SCOPE)).isTrue();
        }
    }

    @Test
    void theScopeNarrowsCapsRegionsAndHeatNamingTheClinician() {
        ScreeningResult pregnancy = Screens.highRiskPregnancy();
        Clearance clearance = scope().cap(SWEDISH, 3).cap(HOT_STONE, 5).avoid(BodyRegion.NECK).heat(Heat.NONE)
                .clearance();

        SafetyToday today = EffectiveSafety.on(TODAY, pregnancy, clearance);

        EffectiveVerdict swedish = today.verdict(SWEDISH);
        assertThat(swedish.maxPressure()).isEqualTo(3);
        assertThat(swedish.avoidRegions()).containsExactly(BodyRegion.ABDOMEN, BodyRegion.NECK);
        assertThat(swedish.limits()).extracting(Limit::source).containsExactly(LimitSource.SCREEN,
                LimitSource.CLEARANCE, LimitSource.CLEARANCE, LimitSource.CLEARANCE);
        assertThat(swedish.limits().get(1).text()).contains("Dr Ada Okafor").contains("30 Jun 2026");
        assertThat(swedish.heat()).as("a clearance's heat NONE means no heat for every technique (§5.7)")
                .isEqualTo(Heat.NONE);
        assertThat(today.verdict(HOT_STONE).allowed()).isFalse();
        assertThat(today.verdict(HOT_STONE).status()).isEqualTo(TechniqueStatus.CONTRAINDICATED);
    }

    @Test
    void aHigherCapOrGentlerHeatInTheScopeNeverLoosensTheScreen() {
        ScreeningResult pregnancy = Screens.highRiskPregnancy();

        SafetyToday today = EffectiveSafety.on(TODAY, Screens.anticoagulated(), scope().cap(SWEDISH, 5).clearance());
        SafetyToday stones = EffectiveSafety.on(TODAY, pregnancy, scope().heat(Heat.STANDARD).clearance());

        assertThat(today.verdict(SWEDISH).maxPressure()).isEqualTo(2);
        assertThat(stones.verdict(HOT_STONE).heat()).isEqualTo(Heat.WARM_ONLY);
    }

    @Test
    void aPermissionLiftsDeepTissueUnderAnticoagulantsAtTheClinicianCap() {
        Clearance clearance = scope().cap(DEEP_TISSUE, 2).permit(DEEP_TISSUE, "ANTICOAGULANT_THERAPY").clearance();

        EffectiveVerdict deep = EffectiveSafety.on(TODAY, Screens.anticoagulated(), clearance).verdict(DEEP_TISSUE);

        assertThat(deep.allowed()).isTrue();
        assertThat(deep.status()).isEqualTo(TechniqueStatus.RESTRICTED);
        assertThat(deep.maxPressure()).isEqualTo(2);
        assertThat(deep.limits()).extracting(Limit::source, Limit::code).containsExactly(
                tuple(LimitSource.PERMISSION, "ANTICOAGULANT_THERAPY"),
                tuple(LimitSource.CLEARANCE, "CLEARED"));
        assertThat(deep.limits().get(0).sources()).containsExactly("S53", "S52", "S41");
    }

    @Test
    void aPermittedTechniqueStillAvoidsEveryRegionTheScreenAvoids() {
        Clearance clearance = scope().cap(DEEP_TISSUE, 3).permit(DEEP_TISSUE, "ANTICOAGULANT_THERAPY").clearance();

        EffectiveVerdict deep = EffectiveSafety.on(TODAY, Screens.anticoagulatedAfterSurgery(BodyRegion.SACRUM),
                clearance).verdict(DEEP_TISSUE);

        assertThat(deep.allowed()).isTrue();
        assertThat(deep.avoidRegions()).containsExactly(BodyRegion.SACRUM);
    }

    @Test
    void onePermissionDoesNotLiftASecondReason() {
        Clearance clearance = scope().cap(DEEP_TISSUE, 2).permit(DEEP_TISSUE, "ANTICOAGULANT_THERAPY").clearance();

        SafetyToday today = EffectiveSafety.on(TODAY, Screens.anticoagulatedWithBleedingDisorder(), clearance);

        assertThat(today.verdict(DEEP_TISSUE).allowed()).isFalse();
        assertThat(today.verdict(DEEP_TISSUE).status()).isEqualTo(TechniqueStatus.CONTRAINDICATED);
    }

    @Test
    void aScreenThatNeedsNoClearanceAllowsWhatItAllowsAndAClearanceStillNarrows() {
        SafetyToday plain = EffectiveSafety.on(TODAY, Screens.plainPosture(), null);
        SafetyToday narrowed = EffectiveSafety.on(TODAY, Screens.plainPosture(), scope().only(SWEDISH).clearance());

        assertThat(plain.clearanceStatus()).isEqualTo(ClearanceStatus.NOT_NEEDED);
        assertThat(plain.techniques()).allMatch(v -> v.allowed() && v.status() == TechniqueStatus.SUITABLE);
        assertThat(narrowed.techniques()).filteredOn(EffectiveVerdict::allowed).extracting(EffectiveVerdict::technique)
                .containsExactly(SWEDISH);
        assertThat(narrowed.verdict(SWEDISH).status()).isEqualTo(TechniqueStatus.SUITABLE);
    }

    @Test
    void aRegionToAvoidFromSurgeryStaysWithTheClearance() {
        SafetyToday today = EffectiveSafety.on(TODAY, Screens.recentSurgery(BodyRegion.LOWER_BACK_LEFT),
                scope().clearance());

        assertThat(today.techniques()).allSatisfy(v -> assertThat(v.avoidRegions()).contains(BodyRegion.LOWER_BACK_LEFT));
    }

    @Test
    void withoutAScreenNothingIsAllowed() {
        SafetyToday today = EffectiveSafety.on(TODAY, null, scope().clearance());

        assertThat(today.clearanceStatus()).isEqualTo(ClearanceStatus.NO_SCREEN);
        assertThat(today.anyAllowed()).isFalse();
        assertThat(today.techniques()).allMatch(v -> v.hasLimitFrom(LimitSource.NO_SCREEN));
    }
}
