package org.kneadwell.screening.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kneadwell.screening.policy.ConditionCode.*;
import static org.kneadwell.shared.BodyRegion.*;
import static org.kneadwell.shared.Technique.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kneadwell.screening.policy.ClinicRule.AvoidRegion;
import org.kneadwell.screening.policy.ClinicRule.PressureCap;
import org.kneadwell.screening.policy.ClinicRule.RequireClearance;

/** Screening contract §2.4: a clinic may tighten the reference policy, never loosen it, and results say which. */
class ClinicTighteningTest {

    private static final ScreeningPolicy REFERENCE = ScreeningPolicy.reference();

    private static ScreeningResult evaluate(ScreeningPolicy policy, ConditionEntry... entries) {
        return ScreeningEngine.evaluate(ScreeningInput.ofWeeks(20).withConditions(entries), policy);
    }

    @Test
    void theReferencePolicyIsVersion2026_1WithNoClinicRules() {
        assertThat(REFERENCE.version()).isEqualTo("2026.1");
        assertThat(REFERENCE.clinicRules()).isEmpty();
    }

    @Test
    void aLowerCapAppliesWithItsClinicReasonAndTheVersionCountsRevisions() {
        ScreeningPolicy policy = REFERENCE.tightenedBy(3, List.of(new PressureCap(ANTICOAGULANT_THERAPY, SWEDISH, 1)));

        ScreeningResult result = evaluate(policy, ConditionEntry.of(ANTICOAGULANT_THERAPY));

        assertThat(result.policyVersion()).isEqualTo("2026.1+clinic.3");
        Expected.parse("p1").assertMatches(result.verdict(SWEDISH));
        Expected.parse("p2").assertMatches(result.verdict(HOT_STONE));
        assertThat(result.verdict(SWEDISH).reasons()).last().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("ANTICOAGULANT_THERAPY");
            assertThat(reason.sources()).containsExactly(SourceTags.CLINIC);
            assertThat(reason.text()).contains("swedish", "level 1");
        });
    }

    @Test
    void aClinicRuleAppliesOnlyWhenItsConditionIsRecorded() {
        ScreeningPolicy policy = REFERENCE.tightenedBy(1, List.of(new PressureCap(FRAIL, SWEDISH, 1),
                new AvoidRegion(FRAIL, null, CHEST), new RequireClearance(FRAIL)));

        assertThat(evaluate(policy, ConditionEntry.of(HEAT_SENSITIVITY)).verdict(SWEDISH).status())
                .isEqualTo(TechniqueStatus.SUITABLE);
        ScreeningResult frail = evaluate(policy, ConditionEntry.of(FRAIL));
        Expected.parse("p1 CHEST").assertMatches(frail.verdict(SWEDISH));
        Expected.parse("p3 warm CHEST").assertMatches(frail.verdict(HOT_STONE));
        assertThat(frail.triage().tier()).isEqualTo(TriageTier.CLINICIAN_REVIEW);
        assertThat(frail.triage().reasons()).singleElement()
                .satisfies(reason -> assertThat(reason.sources()).containsExactly(SourceTags.CLINIC));
        assertThat(frail.clearanceRequired()).isTrue();
    }

    @Test
    void refusesACapThatIsNotLowerThanTheReference() {
        assertThatThrownBy(() -> REFERENCE.tightenedBy(1, List.of(new PressureCap(ANTICOAGULANT_THERAPY, SWEDISH, 2))))
                .isInstanceOf(PolicyLoosenedException.class).hasMessageContaining("anticoagulant therapy")
                .hasMessageContaining("level 2");
        assertThatThrownBy(() -> REFERENCE.tightenedBy(1, List.of(new PressureCap(TRAUMA_HISTORY, SWEDISH, 5))))
                .isInstanceOf(PolicyLoosenedException.class);
    }

    @Test
    void refusesACapOnATechniqueAlreadyContraindicated() {
        assertThatThrownBy(() -> REFERENCE.tightenedBy(1, List.of(new PressureCap(ANTICOAGULANT_THERAPY, DEEP_TISSUE, 1))))
                .isInstanceOf(PolicyLoosenedException.class).hasMessageContaining("contraindicated");
    }

    @Test
    void refusesAnAvoidedRegionTheReferenceAlreadyAvoids() {
        assertThatThrownBy(() -> REFERENCE.tightenedBy(1, List.of(new AvoidRegion(PREGNANCY, SWEDISH, ABDOMEN))))
                .isInstanceOf(PolicyLoosenedException.class);
        assertThatThrownBy(() -> REFERENCE.tightenedBy(1, List.of(new AvoidRegion(DVT, null, CHEST))))
                .isInstanceOf(PolicyLoosenedException.class);
        assertThat(REFERENCE.tightenedBy(1, List.of(new AvoidRegion(PREGNANCY, null, CHEST)))
                .clinicRules()).hasSize(1);
    }

    @Test
    void refusesClearanceTheReferenceAlreadyRequires() {
        assertThatThrownBy(() -> REFERENCE.tightenedBy(1, List.of(new RequireClearance(RECENT_SURGERY))))
                .isInstanceOf(PolicyLoosenedException.class).hasMessageContaining("already required");
        ScreeningPolicy policy = REFERENCE.tightenedBy(1, List.of(new RequireClearance(PREGNANCY)));
        assertThat(evaluate(policy, ConditionEntry.pregnancy(20, false)).clearanceRequired()).isTrue();
    }

    @Test
    void revisionsOnlyMoveForward() {
        ScreeningPolicy first = REFERENCE.tightenedBy(1, List.of(new RequireClearance(FRAIL)));

        assertThatIllegalArgumentException().isThrownBy(() -> first.tightenedBy(1, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> REFERENCE.tightenedBy(0, List.of()));
        assertThat(first.tightenedBy(2, List.of(new PressureCap(FRAIL, SWEDISH, 2))).clinicRules()).hasSize(2);
    }
}
