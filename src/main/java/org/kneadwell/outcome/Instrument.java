package org.kneadwell.outcome;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One outcome instrument as its definition file under {@code outcome/instruments} describes it: items and answer
 * options with their scores, the scoring rule, range, direction, MCID, LOINC code and licence (clinical reference
 * §7.1, §8, §9). Instruments whose wording may not be shipped ({@link Wording#CLINIC_FILE}) carry item ids and
 * scoring only until the clinic supplies the wording ({@link InstrumentCatalog}).
 */
public record Instrument(String id, String title, Kind kind, Wording wording, String loinc, String unit,
        String recall, AnswerType answer, ScoringRule scoring, BigDecimal min, BigDecimal max, int decimals,
        Direction direction, Mcid mcid, List<String> sources, String licence, String instructions, Scale scale,
        List<Option> options, List<Item> items, boolean maySkipItems, boolean patientNamesItems,
        Schedule schedule) {

    public Instrument {
        sources = sources == null ? List.of() : List.copyOf(sources);
        options = options == null ? List.of() : List.copyOf(options);
        items = items == null ? List.of() : List.copyOf(items);
        schedule = schedule == null ? new Schedule(false, 0, false) : schedule;
    }

    /** Validated questionnaire, a simple rating (not validated), or a measure the therapist takes. */
    public enum Kind { VALIDATED, SIMPLE_RATING, THERAPIST_MEASURE }

    /** Whether the wording ships with Kneadwell or comes from a file the clinic supplies under its own licence. */
    public enum Wording { EMBEDDED, CLINIC_FILE }

    /** What an answer is: a tick (true/false), one of the options, a whole number on the scale, a measurement. */
    public enum AnswerType { TICK, CHOICE, NUMBER, MEASURE }

    /** How the answers become a score (clinical reference §7.1 and §7.3). */
    public enum ScoringRule { VALUE, COUNT, SUM, MEAN, ODI_PERCENT, STARTBACK }

    public enum Direction { HIGHER_IS_WORSE, HIGHER_IS_BETTER }

    /** The minimal clinically important change: points, or (where defined) a percentage of the baseline. */
    public record Mcid(BigDecimal points, BigDecimal percent) {
    }

    /** A 0 to 10 style scale and the words at its ends. */
    public record Scale(int from, int to, String lowLabel, String highLabel) {
    }

    /** One answer option: the value the patient chooses, the score it counts for, and its words. */
    public record Option(int value, int score, String label) {
    }

    /**
     * One item. {@code options} overrides the instrument's options for this item (STarT Back item 9);
     * {@code reverse} items are scored max + min − answer (PSS).
     */
    public record Item(String id, String name, String text, boolean optional, boolean reverse, List<Option> options,
            String lowLabel, String highLabel) {

        public Item {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    /** Issue 12 item 4: at intake (baseline), every so many days, and at the plan's end. */
    public record Schedule(boolean baseline, int everyDays, boolean atPlanEnd) {
    }

    public List<Option> optionsOf(Item item) {
        return item.options().isEmpty() ? options : item.options();
    }

    public Optional<Mcid> mcidIfAny() {
        return Optional.ofNullable(mcid);
    }

    public boolean higherIsWorse() {
        return direction == Direction.HIGHER_IS_WORSE;
    }

    public boolean simpleRating() {
        return kind == Kind.SIMPLE_RATING;
    }

    public boolean therapistMeasure() {
        return kind == Kind.THERAPIST_MEASURE;
    }

    public int requiredItems() {
        return (int) items.stream().filter(i -> !i.optional()).count();
    }

    Instrument withWording(String licenceText, String instructionsText, List<Option> worded, List<Item> wordedItems) {
        return new Instrument(id, title, kind, wording, loinc, unit, recall, answer, scoring, min, max, decimals,
                direction, mcid, sources, licenceText, instructionsText, scale, worded, wordedItems, maySkipItems,
                patientNamesItems, schedule);
    }
}
