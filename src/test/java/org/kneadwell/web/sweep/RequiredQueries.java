package org.kneadwell.web.sweep;

import static java.util.Map.entry;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

/**
 * Query parameters a read route cannot answer without (it answers 400 otherwise), keyed by route pattern, so the
 * sweep's positive control asks a question the route can answer.
 */
public final class RequiredQueries {

    private static final Map<String, Function<LocalDate, String>> BY_PATTERN = Map.ofEntries(
            entry("/api/v1/therapists/{id}/slots", today -> "?from=" + today.plusDays(1) + "&to=" + today.plusDays(7)),
            entry("/api/v1/therapists/{therapistId}/sessions", today -> "?from=" + today + "&to=" + today.plusDays(7)));

    private RequiredQueries() {
    }

    /** The query to add to the route's path ("" when it needs none), for a clinic whose date today is given. */
    public static String of(Route route, LocalDate today) {
        return BY_PATTERN.getOrDefault(route.pattern(), day -> "").apply(today);
    }
}
