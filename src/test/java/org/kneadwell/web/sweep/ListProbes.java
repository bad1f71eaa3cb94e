package org.kneadwell.web.sweep;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lists and searches, and the record each must show to the people it belongs to and hide from everyone else:
 * Maya Chen's patient search finds Jordan Ellis, Tomas Novak's does not; Dr Priya Shah's clearance queue holds the
 * request, Liam O'Brien's does not. A list route not named here is still called by everyone on their own patient
 * and checked for other patients' rows; naming it here also proves it is not simply empty.
 */
public final class ListProbes {

    /** A query to add to the route's path, and the kind of record the answer must hold exactly for its owners. */
    public record Probe(String query, RecordKind shows) {
    }

    private static final Map<String, List<Probe>> BY_PATTERN = Map.ofEntries(
            entry("/api/v1/patients", List.of(new Probe("", RecordKind.PATIENT), new Probe("?q=Ellis", RecordKind.PATIENT))),
            entry("/patients", List.of(new Probe("", RecordKind.PATIENT), new Probe("?q=Ellis", RecordKind.PATIENT))),
            entry("/clearances", List.of(new Probe("", RecordKind.CLEARANCE_REQUEST))),
            entry("/api/v1/clearance-requests", List.of(new Probe("", RecordKind.CLEARANCE_REQUEST),
                    new Probe("?status=OPEN", RecordKind.CLEARANCE_REQUEST))),
            entry("/api/v1/patients/{id}/appointments", List.of(new Probe("", RecordKind.APPOINTMENT))),
            entry("/api/v1/patients/{id}/plans", List.of(new Probe("", RecordKind.PLAN))),
            entry("/api/v1/patients/{id}/threads", List.of(new Probe("", RecordKind.MESSAGE))),
            entry("/", List.of(new Probe("", RecordKind.ALERT))),
            entry("/therapist/availability", List.of(new Probe("", RecordKind.AVAILABILITY_ENTRY))),
            entry("/api/v1/therapists", List.of(new Probe("", RecordKind.THERAPIST_PROFILE))),
            entry("/admin/users", List.of(new Probe("", RecordKind.ACCOUNT))));

    private ListProbes() {
    }

    /** The probes of a list route; a route without any is still called once, with no query. */
    public static List<Probe> of(Route route) {
        return BY_PATTERN.getOrDefault(route.pattern(), List.of(new Probe("", null)));
    }

    /** The kinds of record some probe shows to their owners. */
    public static Set<RecordKind> shown() {
        return BY_PATTERN.values().stream().flatMap(List::stream).map(Probe::shows).collect(Collectors.toSet());
    }

    /** Patterns named here that no route has any more, so a renamed list is not silently left unchecked. */
    public static List<String> unknownAmong(List<Route> routes) {
        return BY_PATTERN.keySet().stream()
                .filter(pattern -> routes.stream().noneMatch(r -> r.reads() && r.pattern().equals(pattern))).toList();
    }
}
