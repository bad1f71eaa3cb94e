package org.kneadwell.clearance;

import java.util.EnumSet;
import java.util.Set;

import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.Reason;
import org.kneadwell.screening.policy.ScreeningResult;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.screening.policy.TechniqueVerdict;

/**
 * The contraindications no clearance may lift while the condition is still recorded (issue 4; screening contract
 * §2.2, "massage waits until the condition is no longer recorded"):
 * <ul>
 * <li>{@code DVT}: massage could dislodge a clot [S40][S43][S37];</li>
 * <li>{@code FEVER_OR_ACUTE_INFECTION}: reschedule [S43][S31];</li>
 * <li>{@code CANNOT_CONSENT}: consent and feedback are unreliable [S31];</li>
 * <li>{@code INFLAMMATORY_ARTHRITIS_FLARE}: refer; massage waits until it settles [S40][S52];</li>
 * <li>{@code SKIN_LESION} when contagious, i.e. when it contraindicates a technique [S43][S39]. A lesion that
 * is not contagious only asks to avoid its regions, which is not a contraindication at all.</li>
 * </ul>
 * The remedy is a new intake once the condition has gone, not a clinician's permission.
 */
public final class AbsoluteContraindications {

    private static final Set<ConditionCode> ALWAYS = EnumSet.of(ConditionCode.DVT,
            ConditionCode.FEVER_OR_ACUTE_INFECTION, ConditionCode.CANNOT_CONSENT,
            ConditionCode.INFLAMMATORY_ARTHRITIS_FLARE);

    private AbsoluteContraindications() {
    }

    /**
     * Whether the restriction can never be lifted by a permission. The four always-absolute codes are absolute
     * whatever the screen; {@code SKIN_LESION} is absolute when the screen (its condition verdicts, which hold
     * even under a red-flag hold) contraindicates a technique because of it.
     *
     * @param screen the screen the permission would apply to; may be {@code null}
     */
    public static boolean isAbsolute(ConditionCode restriction, ScreeningResult screen) {
        if (restriction == null) {
            return false;
        }
        if (ALWAYS.contains(restriction)) {
            return true;
        }
        return restriction == ConditionCode.SKIN_LESION && screen != null && contraindicatesBy(screen, restriction);
    }

    private static boolean contraindicatesBy(ScreeningResult screen, ConditionCode code) {
        for (TechniqueVerdict verdict : screen.conditionVerdicts()) {
            if (verdict.status() == TechniqueStatus.CONTRAINDICATED) {
                for (Reason reason : verdict.reasons()) {
                    if (reason.condition().filter(code::equals).isPresent()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
