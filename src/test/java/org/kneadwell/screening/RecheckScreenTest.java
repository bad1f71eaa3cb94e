package org.kneadwell.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.ConditionEntry;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.screening.policy.ScreeningEngine;
import org.kneadwell.screening.policy.ScreeningInput;
import org.kneadwell.screening.policy.ScreeningPolicy;
import org.kneadwell.screening.policy.ScreeningResult;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.screening.policy.TriageTier;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Cause;
import org.kneadwell.shared.Technique;

/** A check-in's re-check becomes a new screen under screening contract §5: what it carries over and what it raises. */
class RecheckScreenTest {

    private static final ScreeningPolicy POLICY = ScreeningPolicy.reference();

    /** A chronic back pain with nothing restricting massage. */
    private static final ScreeningInput CLEAN = ScreeningInput.ofWeeks(150).withPainIntensity(5)
            .withCauses(Cause.MUSCLE_STRAIN).withTreatmentRegions(BodyRegion.LOWER_BACK_LEFT, BodyRegion.LOWER_BACK_RIGHT);

    /** A pregnancy at 24 weeks: restricted, no clearance needed. */
    private static final ScreeningInput PREGNANT = CLEAN.withConditions(ConditionEntry.pregnancy(24, false));

    private static ScreeningResult screen(ScreeningInput input) {
        return ScreeningEngine.evaluate(input, POLICY);
    }

    private static ScreeningInput rescreen(ScreeningInput latest, Recheck answers) {
        return RecheckScreen.rescreen(latest, Rechecks.read(answers));
    }

    @Test
    void aFeverAtCheckInPutsMassageOnHoldAndIsStored() {
        ScreeningInput next = rescreen(CLEAN, new Recheck(4, List.of("RF8"), null, null));

        ScreeningResult result = screen(next);
        assertThat(result.triage().tier()).isEqualTo(TriageTier.URGENT);
        assertThat(result.triage().massageOnHold()).isTrue();
        assertThat(result.techniques()).allMatch(v -> v.status() == TechniqueStatus.CONTRAINDICATED);
        assertThat(RecheckScreen.raisesSomething(CLEAN, screen(CLEAN), next, result)).isTrue();
    }

    @Test
    void saddleNumbnessAtCheckInIsAnEmergency() {
        ScreeningInput next = rescreen(PREGNANT, new Recheck(6, List.of("RF1"), null, null));

        assertThat(screen(next).triage().tier()).isEqualTo(TriageTier.EMERGENCY);
        assertThat(next.conditions()).as("what the patient said before still counts").isEqualTo(PREGNANT.conditions());
    }

    @Test
    void aCleanCheckInChangesNothingAboutSafety() {
        ScreeningInput next = rescreen(PREGNANT, Recheck.clean(2));

        assertThat(RecheckScreen.raisesSomething(PREGNANT, screen(PREGNANT), next, screen(next))).isFalse();
        assertThat(screen(next).techniques()).isEqualTo(screen(PREGNANT).techniques());
        assertThat(screen(next).triage()).isEqualTo(screen(PREGNANT).triage());
        assertThat(next.painIntensity()).isEqualTo(2);
    }

    @Test
    void startingABloodThinnerTightensAsTheContractSays() {
        ScreeningInput next = rescreen(CLEAN, new Recheck(3, null, null, List.of("BLOOD_THINNERS")));
        ScreeningResult result = screen(next);

        // Contract §2.2, ANTICOAGULANT_THERAPY: SW and HS restricted to pressure 2, DT, TP and MFR contraindicated,
        // clearance required [S53][S52][S41].
        assertThat(next.conditions()).extracting(ConditionEntry::code).containsExactly(ConditionCode.ANTICOAGULANT_THERAPY);
        assertThat(result.verdict(Technique.SWEDISH).status()).isEqualTo(TechniqueStatus.RESTRICTED);
        assertThat(result.verdict(Technique.SWEDISH).maxPressure()).isEqualTo(2);
        assertThat(result.verdict(Technique.HOT_STONE).maxPressure()).isEqualTo(2);
        assertThat(result.verdict(Technique.DEEP_TISSUE).status()).isEqualTo(TechniqueStatus.CONTRAINDICATED);
        assertThat(result.verdict(Technique.TRIGGER_POINT).status()).isEqualTo(TechniqueStatus.CONTRAINDICATED);
        assertThat(result.verdict(Technique.MYOFASCIAL_RELEASE).status()).isEqualTo(TechniqueStatus.CONTRAINDICATED);
        assertThat(result.clearanceRequired()).isTrue();
        assertThat(RecheckScreen.raisesSomething(CLEAN, screen(CLEAN), next, result)).isTrue();
    }

    @Test
    void aBloodThinnerAlreadyRecordedIsNothingNew() {
        ScreeningInput thinned = CLEAN.withConditions(ConditionEntry.of(ConditionCode.ANTICOAGULANT_THERAPY));
        ScreeningInput next = rescreen(thinned, new Recheck(3, null, null, List.of("BLOOD_THINNERS")));

        assertThat(RecheckScreen.raisesSomething(thinned, screen(thinned), next, screen(next))).isFalse();
    }

    @Test
    void theReCheckedFlagsAreAnsweredAfreshAndTheOthersCarryOver() {
        ScreeningInput earlier = CLEAN.withRedFlags(RedFlag.RF8, RedFlag.RF10);

        ScreeningInput next = rescreen(earlier, Recheck.clean(3));

        assertThat(next.redFlags()).containsExactly(RedFlag.RF10);
    }

    @Test
    void aNewRegionOfAKnownConditionIsNew() {
        ScreeningInput lesion = CLEAN.withConditions(ConditionEntry.at(ConditionCode.SKIN_LESION, BodyRegion.CALF_LEFT));
        ScreeningInput next = rescreen(lesion, new Recheck(3, null,
                List.of(new EvaluateRequest.Condition("SKIN_LESION", List.of("SACRUM"), null, null, null)), null));

        assertThat(next.conditions()).singleElement().extracting(ConditionEntry::regions)
                .isEqualTo(java.util.Set.of(BodyRegion.CALF_LEFT, BodyRegion.SACRUM));
        assertThat(RecheckScreen.raisesSomething(lesion, screen(lesion), next, screen(next))).isTrue();
    }

    @Test
    void withoutAnEarlierScreenOnlyAHoldIsStored() {
        ScreeningInput fever = rescreen(null, new Recheck(3, List.of("RF8"), null, null));
        ScreeningInput clean = rescreen(null, Recheck.clean(3));

        assertThat(RecheckScreen.raisesSomething(null, null, fever, screen(fever))).isTrue();
        assertThat(RecheckScreen.raisesSomething(null, null, clean, screen(clean))).isFalse();
    }

    @Test
    void badAnswersAreEachNamed() {
        Recheck bad = new Recheck(11, List.of("RF10", "RF99"),
                List.of(new EvaluateRequest.Condition("BROKEN_HEART", null, null, null, null),
                        new EvaluateRequest.Condition("SKIN_LESION", null, null, null, null)),
                List.of("ASPIRIN_FOREVER"));

        assertThat(Rechecks.problems(bad)).containsOnlyKeys("painNow", "redFlags[0]", "redFlags[1]",
                "newConditions[0].code", "newConditions[1].regions", "newMedicines[0]");
        assertThat(Rechecks.problems(new Recheck(null, null, null, null))).containsOnlyKeys("painNow");
        assertThat(Rechecks.problems(new Recheck(4.5, null, null, null))).containsOnlyKeys("painNow");
        assertThat(Rechecks.problems(new Recheck(-1, null, null, null))).containsOnlyKeys("painNow");
        assertThat(Rechecks.problems(Recheck.clean(0))).isEmpty();
        assertThatThrownBy(() -> Rechecks.read(bad)).isInstanceOf(InvalidScreeningRequestException.class);
    }
}
