package org.kneadwell.web.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A route made concrete: its path (with any query it needs) and its JSON body, filled with values of each kind. */
public record Request(Route route, String path, String body) {

    public static Request of(Route route, Function<RecordKind, String> value, String query) {
        return new Request(route, PathVariables.fill(route, value) + query, RequestBodies.fill(route, value));
    }

    /** Every kind of record the route's path and body name. */
    public static List<RecordKind> kindsOf(Route route) {
        List<RecordKind> kinds = new ArrayList<>(PathVariables.of(route).values());
        kinds.addAll(RequestBodies.kindsOf(route));
        return kinds;
    }

    @Override
    public String toString() {
        return route.method() + " " + path + (body == null ? "" : " " + body);
    }
}
