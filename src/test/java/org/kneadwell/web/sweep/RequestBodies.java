package org.kneadwell.web.sweep;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON bodies for API writes whose records are named in the body rather than the path, keyed by "VERB pattern".
 * A placeholder is a {@link RecordKind} name in braces and is filled like a path variable; every other API write
 * is sent {@code {}}.
 */
public final class RequestBodies {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z_]+)}");

    private static final Map<String, String> BY_ROUTE = Map.ofEntries(
            entry("POST /api/v1/appointments", """
                    {"patientId":"{PATIENT}","therapistId":"{THERAPIST_PROFILE}","start":"2031-03-04T10:00:00Z",\
                    "minutes":60,"technique":"SWEDISH","planId":"{PLAN}"}"""),
            entry("POST /api/v1/appointments/{id}/check-in", """
                    {"painNow":3,"redFlags":[],"newConditions":[],"newMedicines":[]}"""));

    private RequestBodies() {
    }

    /** The kinds of record the route's body names, in order; empty for routes sent {@code {}}. */
    public static List<RecordKind> kindsOf(Route route) {
        List<RecordKind> kinds = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(BY_ROUTE.getOrDefault(route.toString(), ""));
        while (m.find()) {
            kinds.add(RecordKind.valueOf(m.group(1)));
        }
        return kinds;
    }

    /** The body to send, with each placeholder replaced by the value given for its kind; null for none. */
    public static String fill(Route route, Function<RecordKind, String> value) {
        String template = BY_ROUTE.get(route.toString());
        return template == null ? null
                : PLACEHOLDER.matcher(template).replaceAll(m -> value.apply(RecordKind.valueOf(m.group(1))));
    }
}
