package org.kneadwell.web.sweep;

import static java.util.Map.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What each path variable of a route names, read from where it sits in the pattern: {@code patients/{id}} is a
 * patient wherever it appears, so a new route under {@code /patients/{id}/...} needs nothing here. A variable in
 * a slot this table does not know fails the sweep with the route and the slot, so no route is ever swept with a
 * made-up id: add one line here (and, for a new kind, a {@link RecordKind} and its query in
 * {@link ForeignRecords}).
 */
public final class PathVariables {

    private static final Map<String, RecordKind> BY_SLOT = Map.ofEntries(
            entry("patients/{id}", RecordKind.PATIENT),
            entry("Patient/{id}", RecordKind.PATIENT),
            entry("plans/{planId}", RecordKind.PLAN),
            entry("appointments/{appointment}", RecordKind.APPOINTMENT),
            entry("appointments/{id}", RecordKind.APPOINTMENT),
            entry("notes/{id}", RecordKind.SESSION_NOTE),
            entry("notes/{noteId}", RecordKind.SESSION_NOTE),
            entry("sessions/{id}", RecordKind.APPOINTMENT),
            entry("clearances/{id}", RecordKind.CLEARANCE_REQUEST),
            entry("clearance-requests/{id}", RecordKind.CLEARANCE_REQUEST),
            entry("care-team/{accountId}", RecordKind.CARE_TEAM_MEMBER),
            entry("intake/{step}", RecordKind.INTAKE_STEP),
            entry("questionnaires/{instrument}", RecordKind.INSTRUMENT),
            entry("alerts/{id}", RecordKind.ALERT),
            entry("alerts/{alert}", RecordKind.ALERT),
            entry("threads/{tid}", RecordKind.MESSAGE_THREAD),
            entry("messages/{mid}", RecordKind.MESSAGE),
            entry("attachments/{attachment}", RecordKind.MESSAGE_ATTACHMENT),
            entry("availability/{id}", RecordKind.AVAILABILITY_ENTRY),
            entry("therapists/{id}", RecordKind.THERAPIST_PROFILE),
            entry("therapists/{therapistId}", RecordKind.THERAPIST_CALENDAR),
            entry("users/{id}", RecordKind.ACCOUNT),
            entry("users/{invited}", RecordKind.INVITED_ACCOUNT),
            entry("invitations/{token}", RecordKind.UNKNOWN_TOKEN),
            entry("calendar/{token}", RecordKind.UNKNOWN_TOKEN),
            entry("CodeSystem/{id}", RecordKind.VOCABULARY),
            entry("$export-status/{job}", RecordKind.UNKNOWN_TOKEN),
            entry("$export-file/{file}", RecordKind.UNKNOWN_TOKEN));

    private PathVariables() {
    }

    /** The kind of record behind each variable of the route ("{planId}" -> PLAN), in path order. */
    public static Map<String, RecordKind> of(Route route) {
        Map<String, RecordKind> kinds = new LinkedHashMap<>();
        route.variablesBySlot().forEach((variable, slot) -> {
            RecordKind kind = BY_SLOT.get(slot);
            if (kind == null) {
                throw new UnresolvablePathVariable(route, slot);
            }
            kinds.put(variable, kind);
        });
        return kinds;
    }

    /** The route's pattern with each variable replaced by the value given for its kind. */
    public static String fill(Route route, Function<RecordKind, String> value) {
        String path = route.pattern();
        for (Map.Entry<String, RecordKind> variable : of(route).entrySet()) {
            path = path.replace(variable.getKey(), value.apply(variable.getValue()));
        }
        return path;
    }

    /** A route has a variable the sweep cannot fill with a real record: the sweep must be taught it first. */
    public static final class UnresolvablePathVariable extends IllegalStateException {
        UnresolvablePathVariable(Route route, String slot) {
            super(route + ": no record kind for '" + slot + "'. Add it to PathVariables.BY_SLOT (and a RecordKind "
                    + "with its query in ForeignRecords if it is a new kind), so the sweep calls it with a real record "
                    + "that belongs to someone else.");
        }
    }
}
