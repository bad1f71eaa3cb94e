package org.kneadwell.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kneadwell.clearance.EffectiveVerdict;
import org.kneadwell.clearance.Limit;
import org.kneadwell.clearance.SafetyToday;
import org.kneadwell.shared.Technique;

/**
 * The limits of effective safety said once: each distinct limit (same source and text) is listed one time, with the
 * techniques it applies to, and each technique's row points to its limits by number.
 */
public record ChartLimits(List<Shared> limits, Map<Technique, List<Integer>> numbersOf) {

    /** One distinct limit, numbered from 1 in the order first met, and the techniques it limits. */
    public record Shared(int number, Limit limit, List<Technique> techniques) {
        public Shared {
            Objects.requireNonNull(limit, "limit");
            techniques = List.copyOf(techniques);
            if (number < 1 || techniques.isEmpty()) {
                throw new IllegalArgumentException("A shared limit is numbered from 1 and limits some technique");
            }
        }

        /** Whether it limits every technique (the page then says "all techniques" rather than five names). */
        public boolean everyTechnique() {
            return techniques.size() == Technique.values().length;
        }
    }

    public ChartLimits {
        limits = List.copyOf(limits);
        numbersOf = Map.copyOf(numbersOf);
    }

    static ChartLimits of(SafetyToday today) {
        Map<List<Object>, List<Technique>> techniquesByLimit = new LinkedHashMap<>();
        Map<List<Object>, Limit> firstOf = new LinkedHashMap<>();
        for (EffectiveVerdict v : today.techniques()) {
            for (Limit l : v.limits()) {
                List<Object> key = List.of(l.source(), l.text());
                firstOf.putIfAbsent(key, l);
                List<Technique> techniques = techniquesByLimit.computeIfAbsent(key, k -> new ArrayList<>());
                if (!techniques.contains(v.technique())) {
                    techniques.add(v.technique());
                }
            }
        }
        List<Shared> shared = new ArrayList<>();
        Map<Technique, List<Integer>> numbers = new LinkedHashMap<>();
        for (Technique t : Technique.values()) {
            numbers.put(t, new ArrayList<>());
        }
        for (Map.Entry<List<Object>, List<Technique>> e : techniquesByLimit.entrySet()) {
            int number = shared.size() + 1;
            shared.add(new Shared(number, firstOf.get(e.getKey()), e.getValue()));
            e.getValue().forEach(t -> numbers.get(t).add(number));
        }
        numbers.replaceAll((t, n) -> List.copyOf(n));
        return new ChartLimits(shared, numbers);
    }

    /** The numbers of the limits on one technique, in order; empty when nothing limits it. */
    public List<Integer> of(Technique technique) {
        return numbersOf.getOrDefault(technique, List.of());
    }
}
