package org.kneadwell.outcome;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.kneadwell.outcome.Instrument.AnswerType;
import org.kneadwell.outcome.Instrument.Item;
import org.kneadwell.outcome.Instrument.Option;

/**
 * Exact scoring of one answer set (clinical reference §7.1, §7.3). Answers come in item order, as the JSON API
 * takes them: {@code Boolean} for ticks (RMDQ), the chosen option's value for choices, a number for scales and
 * measurements, {@code null} for an item left unanswered. Pure Java: refuses with every bad item named.
 */
public final class Scoring {

    private static final MathContext EXACT = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    public static Score score(Instrument instrument, List<?> answers) {
        List<BigDecimal> scores = itemScores(instrument, answers);
        return switch (instrument.scoring()) {
            case VALUE -> Score.of(scores.get(0));
            case COUNT, SUM -> Score.of(sum(scores));
            case MEAN -> Score.of(sum(scores).divide(BigDecimal.valueOf(answered(scores)), EXACT));
            case ODI_PERCENT -> odi(scores);
            case STARTBACK -> startBack(scores);
        };
    }

    /**
     * ODI: sum ÷ (5 × sections answered) × 100, each missing section reducing the denominator by 5 (16/45 × 100 =
     * 35.6 %) [S83].
     */
    private static Score odi(List<BigDecimal> scores) {
        BigDecimal possible = BigDecimal.valueOf(5L * answered(scores));
        return Score.of(sum(scores).multiply(HUNDRED).divide(possible, EXACT));
    }

    /**
     * STarT Back: total of items 1–9 (0–9), psychosocial subscale items 5–9 in Keele order (0–5); low risk total ≤ 3,
     * high risk subscale ≥ 4, otherwise medium [S90][S91][S92][S94].
     */
    private static Score startBack(List<BigDecimal> scores) {
        int total = sum(scores).intValueExact();
        int subscale = sum(scores.subList(4, 9)).intValueExact();
        String group = total <= 3 ? "LOW" : subscale >= 4 ? "HIGH" : "MEDIUM";
        return new Score(BigDecimal.valueOf(total), subscale, group);
    }

    /** Each item's score (null where unanswered), or every problem found. */
    static List<BigDecimal> itemScores(Instrument instrument, List<?> answers) {
        List<ItemProblem> problems = new ArrayList<>();
        List<Item> items = instrument.items();
        if (answers == null) {
            throw InvalidOutcomeException.of("answers", "Give the answers in item order.");
        }
        if (answers.size() > items.size()) {
            throw InvalidOutcomeException.of("answers",
                    instrument.title() + " has " + items.size() + " items; " + answers.size() + " answers were given.");
        }
        List<BigDecimal> scores = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Object answer = i < answers.size() ? answers.get(i) : null;
            if (answer == null) {
                if (!item.optional() && !instrument.maySkipItems()) {
                    problems.add(new ItemProblem(item.id(), "Please answer this item (" + label(item, i) + ")."));
                }
                scores.add(null);
                continue;
            }
            BigDecimal score = itemScore(instrument, item, answer);
            if (score == null) {
                problems.add(new ItemProblem(item.id(), outside(instrument, item, i)));
            }
            scores.add(score);
        }
        if (problems.isEmpty() && answered(scores) == 0) {
            problems.add(new ItemProblem(items.get(0).id(), "Please answer at least one item."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidOutcomeException(problems);
        }
        return scores;
    }

    private static BigDecimal itemScore(Instrument instrument, Item item, Object answer) {
        AnswerType type = instrument.answer();
        switch (type) {
            case TICK:
                return answer instanceof Boolean ticked ? (ticked ? BigDecimal.ONE : BigDecimal.ZERO) : null;
            case CHOICE: {
                Integer chosen = whole(answer);
                if (chosen == null) {
                    return null;
                }
                List<Option> options = instrument.optionsOf(item);
                for (Option option : options) {
                    if (option.value() == chosen) {
                        int score = option.score();
                        if (item.reverse()) {
                            int low = options.stream().mapToInt(Option::score).min().orElseThrow();
                            int high = options.stream().mapToInt(Option::score).max().orElseThrow();
                            score = high + low - score;
                        }
                        return BigDecimal.valueOf(score);
                    }
                }
                return null;
            }
            case NUMBER: {
                Integer value = whole(answer);
                return value == null || value < instrument.scale().from() || value > instrument.scale().to() ? null
                        : BigDecimal.valueOf(value);
            }
            case MEASURE: {
                if (!(answer instanceof Number number)) {
                    return null;
                }
                BigDecimal value = new BigDecimal(number.toString());
                boolean inRange = value.compareTo(instrument.min()) >= 0 && value.compareTo(instrument.max()) <= 0;
                return inRange && value.scale() <= instrument.decimals() ? value : null;
            }
            default:
                throw new IllegalStateException(type.name());
        }
    }

    private static Integer whole(Object answer) {
        if (answer instanceof Integer || answer instanceof Long || answer instanceof Short) {
            return ((Number) answer).intValue();
        }
        if (answer instanceof BigDecimal || answer instanceof Double) {
            BigDecimal d = new BigDecimal(answer.toString());
            return d.stripTrailingZeros().scale() <= 0 ? d.intValue() : null;
        }
        return null;
    }

    private static String outside(Instrument instrument, Item item, int index) {
        String what = label(item, index);
        return switch (instrument.answer()) {
            case TICK -> what + ": answer true (ticked) or false.";
            case CHOICE -> what + ": choose one of the options ("
                    + instrument.optionsOf(item).stream().map(o -> String.valueOf(o.value()))
                            .reduce((a, b) -> a + ", " + b).orElse("") + ").";
            case NUMBER -> what + ": give a whole number from " + instrument.scale().from() + " to "
                    + instrument.scale().to() + ".";
            case MEASURE -> what + ": give a number from " + instrument.min().toPlainString() + " to "
                    + instrument.max().toPlainString() + " " + instrument.unit() + " with at most "
                    + instrument.decimals() + " decimal place(s).";
        };
    }

    private static String label(Item item, int index) {
        return "item " + (index + 1);
    }

    private static BigDecimal sum(List<BigDecimal> scores) {
        return scores.stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int answered(List<BigDecimal> scores) {
        return (int) scores.stream().filter(java.util.Objects::nonNull).count();
    }
}
