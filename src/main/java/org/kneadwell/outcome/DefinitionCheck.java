package org.kneadwell.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.kneadwell.outcome.Instrument.Item;
import org.kneadwell.outcome.Instrument.Option;
import org.kneadwell.outcome.Instrument.ScoringRule;
import org.kneadwell.outcome.Instrument.Wording;

/**
 * What a definition file must satisfy before the application starts: a licence, items, options or a scale that
 * fit the answer type, a declared range equal to what the scoring rule can produce, a well-formed LOINC code, a
 * positive MCID, and wording only where it may be shipped.
 */
final class DefinitionCheck {

    private static final Pattern LOINC = Pattern.compile("\\d{1,7}-\\d");

    private DefinitionCheck() {
    }

    static List<String> problems(Instrument in) {
        List<String> problems = new ArrayList<>();
        if (in.id() == null || !in.id().matches("[A-Z][A-Z0-9_]{1,29}")) {
            problems.add("id must be upper case letters, digits or _");
        }
        if (in.title() == null || in.title().isBlank() || in.licence() == null || in.licence().isBlank()) {
            problems.add("title and licence are required");
        }
        if (in.kind() == null || in.wording() == null || in.answer() == null || in.scoring() == null
                || in.direction() == null || in.min() == null || in.max() == null || in.unit() == null) {
            problems.add("kind, wording, answer, scoring, direction, min, max and unit are required");
            return problems;
        }
        if (in.items().isEmpty()) {
            problems.add("no items");
            return problems;
        }
        if (in.loinc() != null && !LOINC.matcher(in.loinc()).matches()) {
            problems.add("LOINC code " + in.loinc() + " is malformed");
        }
        if (in.mcid() != null && (in.mcid().points() == null || in.mcid().points().signum() <= 0)) {
            problems.add("MCID points must be positive");
        }
        Set<String> ids = new HashSet<>();
        for (Item item : in.items()) {
            if (item.id() == null || !ids.add(item.id())) {
                problems.add("item ids must be present and unique");
            }
            boolean worded = item.text() != null && !item.text().isBlank();
            if (in.wording() == Wording.EMBEDDED && !worded) {
                problems.add("item " + item.id() + " has no text");
            }
            if (in.wording() == Wording.CLINIC_FILE && worded) {
                problems.add("item " + item.id() + " carries licensed wording; it belongs in the clinic's file");
            }
        }
        switch (in.answer()) {
            case CHOICE -> in.items().stream().filter(i -> in.optionsOf(i).isEmpty())
                    .forEach(i -> problems.add("item " + i.id() + " has no options"));
            case NUMBER -> {
                if (in.scale() == null || in.scale().from() >= in.scale().to()) {
                    problems.add("a number answer needs a scale");
                }
            }
            case TICK, MEASURE -> {
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        BigDecimal[] range = range(in);
        if (range != null && (range[0].compareTo(in.min()) != 0 || range[1].compareTo(in.max()) != 0)) {
            problems.add("declared range " + in.min() + "–" + in.max() + " but the scoring gives " + range[0] + "–"
                    + range[1]);
        }
        if (in.scoring() == ScoringRule.STARTBACK && in.items().size() != 9) {
            problems.add("STarT Back has 9 items");
        }
        if (in.scoring() == ScoringRule.VALUE && in.items().size() != 1) {
            problems.add("a single-value instrument has one item");
        }
        if (in.schedule().everyDays() < 0) {
            problems.add("schedule everyDays must not be negative");
        }
        return problems;
    }

    /** The lowest and highest score the rule can produce, or null where it is the measurement itself. */
    private static BigDecimal[] range(Instrument in) {
        if (in.answer() == Instrument.AnswerType.MEASURE) {
            return null;
        }
        if (in.scoring() == ScoringRule.ODI_PERCENT) {
            return new BigDecimal[] { BigDecimal.ZERO, BigDecimal.valueOf(100) };
        }
        int low = 0;
        int high = 0;
        for (Item item : in.items()) {
            int itemLow;
            int itemHigh;
            switch (in.answer()) {
                case TICK -> { itemLow = 0; itemHigh = 1; }
                case NUMBER -> { itemLow = in.scale().from(); itemHigh = in.scale().to(); }
                default -> {
                    itemLow = in.optionsOf(item).stream().mapToInt(Option::score).min().orElse(0);
                    itemHigh = in.optionsOf(item).stream().mapToInt(Option::score).max().orElse(0);
                }
            }
            if (in.scoring() == ScoringRule.VALUE || in.scoring() == ScoringRule.MEAN) {
                return new BigDecimal[] { BigDecimal.valueOf(itemLow), BigDecimal.valueOf(itemHigh) };
            }
            low += itemLow;
            high += itemHigh;
        }
        return new BigDecimal[] { BigDecimal.valueOf(low), BigDecimal.valueOf(high) };
    }
}
