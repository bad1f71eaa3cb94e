package org.kneadwell.screening.policy;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What changed from one screen to a later one (screening contract §5): red flags and conditions added and removed,
 * and the triage tier before and after. A clinician deciding on a request sees this between the screen the request
 * was opened for and the latest.
 */
public record ScreenChange(TriageTier tierBefore, TriageTier tierAfter, Set<RedFlag> redFlagsAdded,
        Set<RedFlag> redFlagsRemoved, Set<ConditionCode> conditionsAdded, Set<ConditionCode> conditionsRemoved) {

    public ScreenChange {
        Objects.requireNonNull(tierBefore, "tierBefore");
        Objects.requireNonNull(tierAfter, "tierAfter");
        redFlagsAdded = Set.copyOf(redFlagsAdded);
        redFlagsRemoved = Set.copyOf(redFlagsRemoved);
        conditionsAdded = Set.copyOf(conditionsAdded);
        conditionsRemoved = Set.copyOf(conditionsRemoved);
    }

    public static ScreenChange between(ScreenFacts before, ScreenFacts after) {
        return new ScreenChange(before.tier(), after.tier(), minus(after.redFlags(), before.redFlags(), RedFlag.class),
                minus(before.redFlags(), after.redFlags(), RedFlag.class),
                minus(after.conditions(), before.conditions(), ConditionCode.class),
                minus(before.conditions(), after.conditions(), ConditionCode.class));
    }

    /** Whether nothing the clinician would look at changed. */
    public boolean isEmpty() {
        return tierBefore == tierAfter && redFlagsAdded.isEmpty() && redFlagsRemoved.isEmpty()
                && conditionsAdded.isEmpty() && conditionsRemoved.isEmpty();
    }

    private static <E extends Enum<E>> Set<E> minus(Set<E> from, Set<E> removed, Class<E> type) {
        Set<E> rest = EnumSet.noneOf(type);
        rest.addAll(from);
        rest.removeAll(removed);
        return rest;
    }
}
