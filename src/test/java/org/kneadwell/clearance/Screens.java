package org.kneadwell.clearance;

import static org.kneadwell.screening.policy.ConditionCode.ANTICOAGULANT_THERAPY;
import static org.kneadwell.screening.policy.ConditionCode.BLEEDING_DISORDER;
import static org.kneadwell.screening.policy.ConditionCode.DVT;
import static org.kneadwell.screening.policy.ConditionCode.RECENT_SURGERY;
import static org.kneadwell.screening.policy.ConditionCode.SKIN_LESION;

import java.util.Set;

import org.kneadwell.screening.policy.ConditionEntry;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.screening.policy.ScreeningEngine;
import org.kneadwell.screening.policy.ScreeningInput;
import org.kneadwell.screening.policy.ScreeningPolicy;
import org.kneadwell.screening.policy.ScreeningResult;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Cause;

/** Named, real screens from the reference policy, for the clearance tests. */
final class Screens {

    private Screens() {
    }

    static ScreeningResult screen(ScreeningInput input) {
        return ScreeningEngine.evaluate(input, ScreeningPolicy.reference());
    }

    private static ScreeningInput chronic() {
        return ScreeningInput.ofWeeks(30).withPainIntensity(5);
    }

    /** Poor posture, nothing else: no clearance needed, everything suitable. */
    static ScreeningResult plainPosture() {
        return screen(chronic().withCauses(Cause.POOR_POSTURE));
    }

    static ScreeningResult anticoagulated() {
        return screen(chronic().withConditions(ConditionEntry.of(ANTICOAGULANT_THERAPY)));
    }

    static ScreeningResult anticoagulatedWithBleedingDisorder() {
        return screen(chronic().withConditions(ConditionEntry.of(ANTICOAGULANT_THERAPY),
                ConditionEntry.of(BLEEDING_DISORDER)));
    }

    static ScreeningResult anticoagulatedAfterSurgery(BodyRegion scar) {
        return screen(chronic().withConditions(ConditionEntry.of(ANTICOAGULANT_THERAPY),
                ConditionEntry.at(RECENT_SURGERY, scar)));
    }

    static ScreeningResult recentSurgery(BodyRegion scar) {
        return screen(chronic().withConditions(ConditionEntry.at(RECENT_SURGERY, scar)));
    }

    static ScreeningResult highRiskPregnancy() {
        return screen(chronic().withConditions(ConditionEntry.pregnancy(24, true)));
    }

    static ScreeningResult dvt() {
        return screen(chronic().withConditions(ConditionEntry.of(DVT)));
    }

    static ScreeningResult contagiousSkinLesion() {
        return screen(chronic().withConditions(new ConditionEntry(SKIN_LESION, Set.of(BodyRegion.ARM_LEFT), null,
                false, true)));
    }

    /** RF2, difficulty passing urine: a possible cauda equina, EMERGENCY, massage on hold. */
    static ScreeningResult emergency() {
        return screen(chronic().withRedFlags(RedFlag.RF2));
    }

    /** RF2 with blood thinners: lifting the hold must still respect the anticoagulant row. */
    static ScreeningResult emergencyAnticoagulated() {
        return screen(chronic().withRedFlags(RedFlag.RF2).withConditions(ConditionEntry.of(ANTICOAGULANT_THERAPY)));
    }

    /** RF11, unexplained weight loss: PROMPT, massage on hold. */
    static ScreeningResult prompt() {
        return screen(chronic().withRedFlags(RedFlag.RF11));
    }
}
