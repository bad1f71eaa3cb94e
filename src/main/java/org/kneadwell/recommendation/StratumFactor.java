package org.kneadwell.recommendation;

import org.kneadwell.screening.policy.StartBackRisk;
import org.kneadwell.shared.Technique;

/**
 * The STarT Back stratum [S90]. Mainly it changes the package around massage (see {@link PackageAdvice}); within
 * massage it only nudges relaxation-oriented techniques up for high risk, where psychosocial factors dominate:
 * massage's largest effects were on trait anxiety and depression [S32]. That nudge is an inference, not a
 * stratified trial, and the text says so.
 */
final class StratumFactor {

    static final double RELAXATION_NUDGE = 0.5;

    private StratumFactor() {
    }

    static Factor of(Technique technique, StartBackRisk risk) {
        if (risk == null) {
            return new Factor(Factor.STRATUM, 0, "STarT Back not recorded; NICE recommends risk stratification at "
                    + "first contact [S13]", "Your care team has not yet scored the short back-pain questionnaire.",
                    Cited.tags("S13"));
        }
        switch (risk) {
            case LOW:
                return new Factor(Factor.STRATUM, 0, "STarT Back low risk: no technique adjustment; KNGF 2021 advises "
                        + "against massage alone or for low-risk (profile 1) patients [S19] (KNGF profiles are not "
                        + "STarT Back strata)", "Your answers show a lower risk of long-term back trouble. Staying "
                        + "active matters most; massage is an extra.", Cited.tags("S19"));
            case MEDIUM:
                return new Factor(Factor.STRATUM, 0, "STarT Back medium risk: no technique adjustment; massage only "
                        + "within a package with exercise [S12]", "Your answers show a medium risk of long-term back "
                        + "trouble, so massage should be part of a plan with exercise.", Cited.tags("S12"));
            default:
                boolean relaxing = technique == Technique.SWEDISH || technique == Technique.HOT_STONE;
                return new Factor(Factor.STRATUM, relaxing ? RELAXATION_NUDGE : 0, "STarT Back high risk "
                        + "(psychosocial subscale 4+)" + (relaxing ? ": relaxation-oriented technique nudged up, as "
                        + "massage's largest effects were on trait anxiety and depression [S32] (an inference, not "
                        + "tested by stratum)" : ": no technique adjustment; stress and mood effects are shown for "
                        + "massage in general [S32], not this technique"), "Your answers show that worry and low mood "
                        + "may be part of your back pain" + (relaxing ? "; calming massage may suit you." : "."),
                        Cited.tags("S32"));
        }
    }
}
