package org.kneadwell.recommendation;

import java.util.ArrayList;
import java.util.List;

import org.kneadwell.screening.policy.StartBackRisk;

/**
 * Advice about the plan around massage. NICE NG59 rec 1.2.7 considers massage only as part of a treatment package
 * including exercise, with or without psychological therapy [S12], and stratifies care by STarT Back risk at first
 * contact [S13]; so every ranking says massage works best alongside exercise.
 */
final class PackageAdvice {

    private PackageAdvice() {
    }

    static List<Explanation> of(StartBackRisk risk) {
        List<Explanation> advice = new ArrayList<>();
        advice.add(new Explanation("Massage works best alongside exercise: NICE NG59 1.2.7 considers manual therapy "
                + "including massage only as part of a treatment package including exercise [S12]; ACP 2017 lists "
                + "exercise first for chronic LBP and does not list massage [S17]",
                "Massage works best alongside exercise. Keep moving, and do the exercises your therapist or doctor "
                        + "suggests. This list is to discuss with your therapist.", Cited.tags("S12 S17")));
        if (risk == null) {
            advice.add(new Explanation("STarT Back not recorded: stratify risk at first contact (NICE QS155 "
                    + "statement 1) [S13]", "Answering the short back-pain questionnaire helps your care team plan "
                    + "the right amount of support.", Cited.tags("S13")));
        } else if (risk != StartBackRisk.LOW) {
            advice.add(new Explanation("STarT Back " + risk.name().toLowerCase() + " risk: massage belongs in a "
                    + "package with exercise, not on its own (NICE NG59 1.2.7 [S12]; stratified care, QS155 [S13])",
                    "Your answers show your back pain may need more support. Massage should be one part of a plan "
                            + "that includes exercise.", Cited.tags("S12 S13")));
        }
        if (risk == StartBackRisk.HIGH) {
            advice.add(new Explanation("STarT Back high risk (psychosocial subscale 4+): the package should add "
                    + "psychologically informed care (NG59 1.2.7: exercise with or without psychological therapy "
                    + "[S12]; stratified care, QS155 [S13])", "Worry, low mood and fear of moving can make back pain "
                    + "worse. Ask your care team about support for this as well as exercise.",
                    Cited.tags("S12 S13")));
        }
        return List.copyOf(advice);
    }
}
