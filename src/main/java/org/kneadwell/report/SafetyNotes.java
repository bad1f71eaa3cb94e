package org.kneadwell.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kneadwell.clearance.EffectiveVerdict;
import org.kneadwell.clearance.Limit;
import org.kneadwell.clearance.SafetyToday;

/**
 * Effective safety laid out for one page: one row per technique with its limits as footnote numbers, and each reason
 * written once below the table (the same screen or clearance reason usually limits several techniques, and a doctor
 * reads it once).
 */
public record SafetyNotes(List<Row> rows, List<String> reasons) {

    public SafetyNotes {
        rows = List.copyOf(rows);
        reasons = List.copyOf(reasons);
    }

    /** A technique's verdict and the numbers (1-based) of the reasons that limit it. */
    public record Row(EffectiveVerdict verdict, List<Integer> notes) {

        public Row {
            notes = List.copyOf(notes);
        }

        public String noteList() {
            return String.join(", ", notes.stream().map(String::valueOf).toList());
        }
    }

    public static SafetyNotes of(SafetyToday safety) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (EffectiveVerdict verdict : safety.techniques()) {
            List<Integer> notes = new ArrayList<>();
            for (Limit limit : verdict.limits()) {
                Integer number = numbers.computeIfAbsent(limit.text().strip(), text -> numbers.size() + 1);
                if (!notes.contains(number)) {
                    notes.add(number);
                }
            }
            rows.add(new Row(verdict, notes));
        }
        return new SafetyNotes(rows, new ArrayList<>(numbers.keySet()));
    }
}
