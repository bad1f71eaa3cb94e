package org.kneadwell.demo;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.kneadwell.identity.CurrentUser;
import org.kneadwell.screening.IntakeDrafts;
import org.kneadwell.screening.IntakeStep;
import org.kneadwell.screening.Screenings;
import org.kneadwell.screening.policy.RedFlag;
import org.springframework.stereotype.Component;

/**
 * Fills in intakes for the demo patients through the intake's own form handling, so the demo clinic shows a
 * screen of every kind: nothing restricted, restricted techniques, clearance needed, on hold after red flags,
 * an emergency, and an intake left half-done.
 */
@Component
class DemoIntakes {

    private final IntakeDrafts drafts;
    private final Screenings screenings;

    DemoIntakes(IntakeDrafts drafts, Screenings screenings) {
        this.drafts = drafts;
        this.screenings = screenings;
    }

    /** A whole intake, answered and submitted by {@code by}; {@code yesFlags} are the red flags answered yes. */
    void complete(CurrentUser by, UUID patient, Story story) {
        answerAll(by, patient, story);
        Screenings.Submission submission = screenings.submit(by, patient);
        if (!submission.accepted()) {
            throw new IllegalStateException("Demo intake incomplete: " + submission.missing());
        }
    }

    /** The first steps only: an intake in progress. */
    void start(CurrentUser by, UUID patient, Story story) {
        answer(by, patient, IntakeStep.PAIN, story.pain());
        answer(by, patient, IntakeStep.BODY_MAP, story.bodyMap());
        answer(by, patient, IntakeStep.CAUSES, story.causes());
    }

    private void answerAll(CurrentUser by, UUID patient, Story story) {
        start(by, patient, story);
        DemoForm flags = DemoForm.with();
        for (RedFlag flag : RedFlag.values()) {
            flags.and(flag.name(), story.yesFlags().contains(flag.name()) ? "yes" : "no");
        }
        answer(by, patient, IntakeStep.RED_FLAGS, flags);
        answer(by, patient, IntakeStep.CONDITIONS, story.conditions());
        answer(by, patient, IntakeStep.GOALS, story.goals());
        answer(by, patient, IntakeStep.START_BACK, story.startBack());
        answer(by, patient, IntakeStep.CONSENT,
                DemoForm.with("shareWithCareTeam", "yes", "contactOwnDoctor", "yes", "ownDoctor", "Riverside Surgery"));
    }

    private void answer(CurrentUser by, UUID patient, IntakeStep step, DemoForm form) {
        Map<String, String> errors = drafts.answer(by, patient, step, form.fields()).errors();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Demo answers refused at " + step + ": " + errors);
        }
    }

    /** One patient's answers, step by step. */
    record Story(DemoForm pain, DemoForm bodyMap, DemoForm causes, Set<String> yesFlags, DemoForm conditions,
            DemoForm goals, DemoForm startBack) {
    }

    static DemoForm pain(int amount, String unit, int now, int usual, String onset, String eases, String worsens) {
        return DemoForm.with("durationAmount", String.valueOf(amount), "durationUnit", unit, "currentIntensity",
                String.valueOf(now), "usualIntensity", String.valueOf(usual), "onset", onset, "eases", eases,
                "worsens", worsens);
    }

    /** STarT Back items 1-8 ("a" agree, "d" disagree) and item 9. */
    static DemoForm startBack(String agreeDisagree, String bothersomeness) {
        DemoForm form = DemoForm.with("item9", bothersomeness);
        for (int i = 0; i < 8; i++) {
            form.and("item" + (i + 1), agreeDisagree.charAt(i) == 'a' ? "agree" : "disagree");
        }
        return form;
    }
}
