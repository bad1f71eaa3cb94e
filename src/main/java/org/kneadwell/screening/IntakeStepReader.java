package org.kneadwell.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.RedFlag;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Cause;
import org.kneadwell.shared.Goal;
import org.kneadwell.shared.Technique;
import org.springframework.util.MultiValueMap;

/** Turns one step's form into a change to the draft and the problems to show beside the fields. */
final class IntakeStepReader {

    static final int MAX_WEEKS = 5200;
    private static final int MAX_TEXT = 500;

    private IntakeStepReader() {
    }

    static StepAnswers.Result read(IntakeStep step, MultiValueMap<String, String> form) {
        StepAnswers in = new StepAnswers(form);
        java.util.function.UnaryOperator<IntakeAnswers> change = switch (step) {
            case PAIN -> pain(in);
            case BODY_MAP -> {
                Set<BodyRegion> regions = in.regions("painRegions");
                yield a -> a.withPainRegions(in.keep("painRegions", regions, a.painRegions()));
            }
            case CAUSES -> {
                Set<Cause> causes = in.codes("causes", Cause.class);
                yield a -> a.withCauses(in.keep("causes", causes, a.causes()));
            }
            case RED_FLAGS -> redFlags(in);
            case CONDITIONS -> conditions(in);
            case GOALS -> goals(in);
            case START_BACK -> startBack(in);
            case CONSENT -> {
                Boolean share = in.yesNo("shareWithCareTeam");
                Boolean contact = in.yesNo("contactOwnDoctor");
                String doctor = in.text("ownDoctor", 200);
                yield a -> a.withConsent(in.keep("shareWithCareTeam", share, a.shareWithCareTeam()),
                        in.keep("contactOwnDoctor", contact, a.contactOwnDoctor()), doctor);
            }
        };
        return new StepAnswers.Result(change, in.errors);
    }

    private static java.util.function.UnaryOperator<IntakeAnswers> pain(StepAnswers in) {
        Integer amount = in.number("durationAmount", 0, MAX_WEEKS);
        String unit = in.choice("durationUnit", Set.of("weeks", "months", "years"));
        if (in.errors.containsKey("durationUnit")) {
            in.errors.put("durationAmount", in.errors.remove("durationUnit"));
        }
        Integer weeks = amount == null ? null : switch (unit == null ? "weeks" : unit) {
            case "months" -> (int) Math.round(amount * 52 / 12.0);
            case "years" -> amount * 52;
            default -> amount;
        };
        if (weeks != null && weeks > MAX_WEEKS) {
            in.errors.put("durationAmount", "intake.error.range.durationAmount");
            weeks = null;
        }
        Integer current = in.number("currentIntensity", 0, 10);
        Integer usual = in.number("usualIntensity", 0, 10);
        String onset = in.choice("onset", Set.of("SUDDEN", "GRADUAL"));
        String eases = in.text("eases", MAX_TEXT);
        String worsens = in.text("worsens", MAX_TEXT);
        Integer finalWeeks = weeks;
        return a -> a.withPain(in.keep("durationAmount", finalWeeks, a.painDurationWeeks()),
                in.keep("currentIntensity", current, a.currentIntensity()),
                in.keep("usualIntensity", usual, a.usualIntensity()), onset == null || in.errors.containsKey("onset") ? a.onset() : onset, eases, worsens);
    }

    private static java.util.function.UnaryOperator<IntakeAnswers> redFlags(StepAnswers in) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (RedFlag flag : RedFlag.values()) {
            Boolean yes = in.yesNo(flag.name());
            if (yes != null) {
                answers.put(flag.name(), yes);
            }
        }
        // How the pain started is asked once, here (RF18B, "did it come on gradually?"); the pain story's onset
        // follows the answer, so the chart's "How did the pain start?" and the screen read the same answer.
        Boolean gradual = answers.get(RedFlag.RF18B.name());
        return a -> {
            Map<String, Boolean> merged = new LinkedHashMap<>(a.redFlags());
            merged.putAll(answers);
            IntakeAnswers flagged = a.withRedFlags(merged);
            return gradual == null ? flagged : flagged.withOnset(gradual ? "GRADUAL" : "SUDDEN");
        };
    }

    private static java.util.function.UnaryOperator<IntakeAnswers> conditions(StepAnswers in) {
        List<ConditionAnswer> conditions = new ArrayList<>();
        for (ConditionCode code : ConditionCode.values()) {
            String field = "condition." + code.name();
            if (!in.checked(field)) {
                continue;
            }
            Set<BodyRegion> regions = in.regions(field + ".regions");
            Integer weeks = code == ConditionCode.PREGNANCY ? in.number(field + ".weeks", 0, 45) : null;
            ConditionAnswer answer = new ConditionAnswer(code.name(), regions, weeks, in.checked(field + ".highRisk"),
                    in.checked(field + ".contagious"));
            IntakeScreening.problemWith(answer).ifPresent(problem -> in.errors.put(field, problem));
            conditions.add(answer);
        }
        Set<Medicine> medicines = in.codes("medicines", Medicine.class);
        String other = in.text("otherMedicines", MAX_TEXT);
        return a -> a.withConditions(conditions, medicines, other);
    }

    private static java.util.function.UnaryOperator<IntakeAnswers> goals(StepAnswers in) {
        Set<Goal> goals = in.codes("goals", Goal.class);
        String pressure = in.choice("pressure", Set.of("LIGHT", "MEDIUM", "FIRM"));
        String heat = in.choice("heat", Set.of("LIKE", "NEUTRAL", "AVOID"));
        Set<Technique> liked = in.codes("likedTechniques", Technique.class);
        Set<Technique> disliked = in.codes("dislikedTechniques", Technique.class);
        if (liked.stream().anyMatch(disliked::contains)) {
            in.errors.put("dislikedTechniques", "intake.error.likedAndDisliked");
            disliked.removeAll(liked);
        }
        return a -> a.withGoals(in.keep("goals", goals, a.goals()), in.keep("pressure", pressure, a.pressure()),
                in.keep("heat", heat, a.heat()), in.keep("likedTechniques", liked, a.likedTechniques()),
                in.keep("dislikedTechniques", disliked, a.dislikedTechniques()));
    }

    private static java.util.function.UnaryOperator<IntakeAnswers> startBack(StepAnswers in) {
        List<String> answers = new ArrayList<>();
        for (int item = 1; item <= 8; item++) {
            answers.add(in.choice("item" + item, Set.of("agree", "disagree")));
        }
        String bothersomeness = in.choice("item9", Set.of("NOT_AT_ALL", "SLIGHTLY", "MODERATELY", "VERY_MUCH",
                "EXTREMELY"));
        return a -> {
            List<Boolean> agree = new ArrayList<>();
            for (int item = 1; item <= 8; item++) {
                String answer = answers.get(item - 1);
                agree.add(in.errors.containsKey("item" + item) ? a.startBackAgree().get(item - 1)
                        : answer == null ? null : answer.equals("agree"));
            }
            return a.withStartBack(agree, in.keep("item9", bothersomeness, a.bothersomeness()));
        };
    }
}
