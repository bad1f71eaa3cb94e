package org.kneadwell.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The outcome of checking a {@link ReportFilter}: the criteria to query with, or a message key per field
 * that could not be understood (shown beside that field).
 */
record ParsedFilter(ReportCriteria criteria, Map<String, String> errors) {

    /** Hex digits and dashes with at least one digit: meant as a patient id, so it must be a whole one. */
    private static final Pattern LOOKS_LIKE_AN_ID = Pattern.compile("(?=.*\\d)[0-9a-fA-F-]+");

    boolean valid() {
        return errors.isEmpty();
    }

    /**
     * Dates become the start of that day in the clinic's zone ({@code to} the start of the day after, so the
     * whole day is included); a user with an {@code @} is looked up by e-mail, anything else must be a UUID.
     */
    static ParsedFilter parse(ReportFilter filter, ZoneId zone, Function<String, Optional<UUID>> accountByEmail) {
        return parse(filter, zone, accountByEmail, name -> List.of());
    }

    /**
     * As {@link #parse(ReportFilter, ZoneId, Function)}, and a patient given as text that is not an id (not only hex
     * digits and dashes) is a name, found through {@code patientsByName}; a name that matches nobody is refused.
     */
    static ParsedFilter parse(ReportFilter filter, ZoneId zone, Function<String, Optional<UUID>> accountByEmail,
            Function<String, List<UUID>> patientsByName) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = date(filter.from(), "from", errors);
        LocalDate to = date(filter.to(), "to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", "audit.filter.to.beforeFrom");
        }
        UUID actor = null;
        String user = blankToNull(filter.user());
        if (user != null && user.contains("@")) {
            actor = accountByEmail.apply(user.toLowerCase(Locale.ROOT)).orElse(null);
            if (actor == null) {
                errors.put("user", "audit.filter.user.unknown");
            }
        } else if (user != null) {
            actor = uuid(user, "user", errors);
        }
        List<UUID> patients = patients(blankToNull(filter.patient()), patientsByName, errors);
        if (!errors.isEmpty()) {
            return new ParsedFilter(null, Map.copyOf(errors));
        }
        return new ParsedFilter(new ReportCriteria(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), actor, patients), Map.of());
    }

    /** The page asked for, from 1; anything that is not a page number shows the first page. */
    static int pageNumber(ReportFilter filter) {
        String page = blankToNull(filter.page());
        if (page == null || !page.matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(page));
    }

    private static List<UUID> patients(String text, Function<String, List<UUID>> patientsByName,
            Map<String, String> errors) {
        if (text == null) {
            return List.of();
        }
        if (LOOKS_LIKE_AN_ID.matcher(text).matches()) {
            UUID id = uuid(text, "patient", errors);
            return id == null ? List.of() : List.of(id);
        }
        List<UUID> named = patientsByName.apply(text);
        if (named.isEmpty()) {
            errors.put("patient", "audit.filter.patient.noMatch");
        }
        return named;
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            errors.put(field, "audit.filter." + field + ".invalid");
            return null;
        }
    }

    private static UUID uuid(String text, String field, Map<String, String> errors) {
        if (text == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equalsIgnoreCase(text)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the message
        }
        errors.put(field, "audit.filter." + field + ".invalid");
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
