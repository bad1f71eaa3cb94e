package org.kneadwell.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The outcome of checking a {@link ReportFilter}: the criteria to query with, or a message key per field
 * that could not be understood (shown beside that field).
 */
record ParsedFilter(ReportCriteria criteria, Map<String, String> errors) {

    boolean valid() {
        return errors.isEmpty();
    }

    /**
     * Dates become the start of that day in the clinic's zone ({@code to} the start of the day after, so the
     * whole day is included); a user with an {@code @} is looked up by e-mail, anything else must be a UUID.
     */
    static ParsedFilter parse(ReportFilter filter, ZoneId zone, Function<String, Optional<UUID>> accountByEmail) {
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
        UUID patient = uuid(blankToNull(filter.patient()), "patient", errors);
        if (!errors.isEmpty()) {
            return new ParsedFilter(null, Map.copyOf(errors));
        }
        return new ParsedFilter(new ReportCriteria(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), actor, patient), Map.of());
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
