package org.kneadwell.screening.policy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.kneadwell.shared.Cause;

/**
 * What one screen found, in codes: its triage, the red flags, conditions and causes it was given, and the codes
 * that set its tier. Two screens' facts say what changed between them (screening contract §5) without reading
 * either screen's wording.
 *
 * @param triageCodes the red-flag, condition and cause codes behind the tier (empty for {@code NONE})
 */
public record ScreenFacts(TriageTier tier, boolean clearanceRequired, Set<RedFlag> redFlags,
        Set<ConditionCode> conditions, Set<Cause> causes, Set<String> triageCodes) {

    public ScreenFacts {
        Objects.requireNonNull(tier, "tier");
        redFlags = redFlags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(redFlags));
        conditions = conditions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(conditions));
        causes = causes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(causes));
        triageCodes = Collections.unmodifiableSet(new LinkedHashSet<>(triageCodes));
    }

    /**
     * The facts of a screen. The input is the answers the screen was made from; a screen stored before the answers
     * were kept with it (schema version 1 without input) is read from its reasons, which name every condition that
     * mattered and the red flags that set the tier.
     */
    public static ScreenFacts of(ScreeningInput input, ScreeningResult result) {
        Set<String> triageCodes = new LinkedHashSet<>();
        result.triage().reasons().forEach(reason -> triageCodes.add(reason.code()));
        if (input != null) {
            Set<ConditionCode> conditions = EnumSet.noneOf(ConditionCode.class);
            input.conditions().forEach(entry -> conditions.add(entry.code()));
            return new ScreenFacts(result.triage().tier(), result.clearanceRequired(), input.redFlags(), conditions,
                    input.causes(), triageCodes);
        }
        Set<String> codes = new LinkedHashSet<>(triageCodes);
        result.conditionVerdicts().forEach(v -> v.reasons().forEach(reason -> codes.add(reason.code())));
        return new ScreenFacts(result.triage().tier(), result.clearanceRequired(), codesOf(RedFlag.class, codes),
                codesOf(ConditionCode.class, codes), codesOf(Cause.class, codes), triageCodes);
    }

    public boolean massageOnHold() {
        return tier.putsMassageOnHold();
    }

    /** Every code this screen was told about: red flags, conditions and causes. */
    public Set<String> allCodes() {
        Set<String> all = new LinkedHashSet<>();
        redFlags.forEach(flag -> all.add(flag.name()));
        conditions.forEach(condition -> all.add(condition.name()));
        causes.forEach(cause -> all.add(cause.name()));
        all.addAll(triageCodes);
        return all;
    }

    private static <E extends Enum<E>> Set<E> codesOf(Class<E> type, Set<String> codes) {
        Set<E> found = EnumSet.noneOf(type);
        for (E constant : type.getEnumConstants()) {
            if (codes.contains(constant.name())) {
                found.add(constant);
            }
        }
        return found;
    }
}
