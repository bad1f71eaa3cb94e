package org.kneadwell.session;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.kneadwell.clearance.EffectiveVerdict;
import org.kneadwell.clearance.Limit;
import org.kneadwell.clearance.SafetyToday;
import org.kneadwell.screening.policy.Heat;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.RegionWords;

/**
 * Checks treatment rows against effective safety on the session's day (screening contract §5.6: the note asks
 * {@code clearance.PatientSafety}, like every other page). A technique that is contraindicated, or not allowed at
 * all that day, is refused outright. More pressure than the cap, an avoided region, or hotter stones than the
 * heat allows are refused unless the row gives the therapist's reason; with a reason the row is accepted and
 * records what it went beyond. The limits come from the screen and the clearance, whose rules live in
 * {@code screening}; this class only compares a row with them.
 */
final class SafetyCheck {

    /** The rows as checked (overrides recorded), or the problems that refuse them. */
    record Checked(List<TreatmentRow> rows, List<NoteProblem> problems) {
    }

    private SafetyCheck() {
    }

    static Checked check(List<TreatmentRow> rows, SafetyToday day) {
        List<TreatmentRow> checked = new ArrayList<>();
        List<NoteProblem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = row("treatments[" + i + "]", rows.get(i), day.verdict(rows.get(i).technique()));
            problems.addAll(row.problems());
            checked.add(row.checked());
        }
        return new Checked(problems.isEmpty() ? checked : List.of(), problems);
    }

    /** One row checked: the problems refusing it, or the row with what it goes beyond. */
    record Row(TreatmentRow checked, List<NoteProblem> problems) {
    }

    static Row row(String field, TreatmentRow row, EffectiveVerdict verdict) {
        String why = why(verdict);
        if (!verdict.allowed()) {
            String key = verdict.status() == TechniqueStatus.CONTRAINDICATED ? "note.error.contraindicated"
                    : "note.error.notAllowed";
            return new Row(null, List.of(NoteProblem.safety(field + ".technique", key, why)));
        }
        List<NoteProblem> beyond = new ArrayList<>();
        List<String> overridden = new ArrayList<>();
        if (row.pressure() > verdict.maxPressure()) {
            beyond.add(NoteProblem.safety(field + ".pressure", "note.error.pressureCap", verdict.maxPressure(), why));
            overridden.add("pressure " + row.pressure() + " above the cap of " + verdict.maxPressure());
        }
        Set<BodyRegion> avoided = EnumSet.noneOf(BodyRegion.class);
        avoided.addAll(row.regions());
        avoided.retainAll(verdict.avoidRegions());
        if (!avoided.isEmpty()) {
            String regions = RegionWords.describe(avoided);
            beyond.add(NoteProblem.safety(field + ".regions", "note.error.avoidRegion", regions, why));
            overridden.add("regions to avoid: " + regions);
        }
        BigDecimal stone = row.stoneTemperatureC();
        Heat heat = verdict.heat();
        if (stone != null && stone.doubleValue() > heat.maxStoneTemperatureC()) {
            String max = BigDecimal.valueOf(heat.maxStoneTemperatureC()).stripTrailingZeros().toPlainString();
            beyond.add(NoteProblem.safety(field + ".stoneTemperatureC", "note.error.heat", max, why));
            overridden.add("stones at " + stone.toPlainString() + " °C above the " + max + " °C allowed");
        }
        if (beyond.isEmpty()) {
            return new Row(new TreatmentRow(row.technique(), row.regions(), row.pressure(), row.minutes(), stone, null,
                    List.of()), List.of());
        }
        if (row.overrideReason() == null) {
            List<NoteProblem> refused = new ArrayList<>(beyond);
            refused.add(NoteProblem.safety(field + ".overrideReason", "note.error.overrideReason"));
            return new Row(null, refused);
        }
        return new Row(new TreatmentRow(row.technique(), row.regions(), row.pressure(), row.minutes(), stone,
                row.overrideReason(), overridden), List.of());
    }

    /** The limits' own words: what the screen and the clearance say about this technique today. */
    static String why(EffectiveVerdict verdict) {
        String words = verdict.limits().stream().map(Limit::text)
                .map(text -> text.endsWith(".") ? text.substring(0, text.length() - 1) : text).distinct().collect(Collectors.joining("; "));
        return words.isEmpty() ? "limits of the day" : words;
    }
}
