package org.kneadwell.screening.policy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One red-flag rule of the triage table (screening contract §2.1): the flags it looks at and when it fires.
 * When it fires, every one of its flags that is present is a reason.
 */
record TriageRule(TriageTier tier, String description, Set<RedFlag> flags, Predicate<ScreeningInput> fires) {

    TriageRule {
        flags = Set.copyOf(flags);
    }

    /** Fires if any of the flags is present. */
    static TriageRule anyOf(TriageTier tier, RedFlag... flags) {
        Set<RedFlag> set = Set.of(flags);
        return new TriageRule(tier, "any of " + List.of(flags), set,
                input -> set.stream().anyMatch(input::has));
    }

    /** Fires if {@code flag} is present together with any of {@code others}. */
    static TriageRule together(TriageTier tier, RedFlag flag, RedFlag... others) {
        Set<RedFlag> set = EnumSet.of(flag, others);
        return new TriageRule(tier, flag + " with any of " + List.of(others), set,
                input -> input.has(flag) && Set.of(others).stream().anyMatch(input::has));
    }

    /** Fires if the count of present flags among {@code flags} passes the test (e.g. RF18: four or more). */
    static TriageRule counting(TriageTier tier, String description, Predicate<Long> count, Set<RedFlag> flags) {
        return new TriageRule(tier, description, flags,
                input -> count.test(flags.stream().filter(input::has).count()));
    }

    /** Fires if {@code flag} is present and the input passes the test (RF17 with pain of 8 or more). */
    static TriageRule with(TriageTier tier, String description, RedFlag flag, Predicate<ScreeningInput> test) {
        return new TriageRule(tier, description, Set.of(flag), input -> input.has(flag) && test.test(input));
    }

    /** The flags present that this rule fires on; empty if it does not fire. */
    Set<RedFlag> matched(ScreeningInput input) {
        if (!fires.test(input)) {
            return Set.of();
        }
        Set<RedFlag> present = EnumSet.noneOf(RedFlag.class);
        flags.stream().filter(input::has).forEach(present::add);
        return present;
    }
}
