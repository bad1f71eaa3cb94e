package org.kneadwell.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.kneadwell.shared.BodyRegion;
import org.springframework.util.MultiValueMap;

/**
 * Reads one intake step's form fields. Whatever is valid is kept (a draft never loses an answer); each field
 * that is not gets a message key, shown beside it.
 */
final class StepAnswers {

    final Map<String, String> errors = new LinkedHashMap<>();
    private final MultiValueMap<String, String> form;

    StepAnswers(MultiValueMap<String, String> form) {
        this.form = form;
    }

    String text(String field, int maxLength) {
        String value = form.getFirst(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            errors.put(field, "intake.error.tooLong");
            return value.strip().substring(0, maxLength);
        }
        return value.strip();
    }

    /** A whole number within [min, max]; null when empty or invalid (invalid is reported). */
    Integer number(String field, int min, int max) {
        String value = form.getFirst(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                errors.put(field, "intake.error.range." + field);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.put(field, "intake.error.number");
            return null;
        }
    }

    /** One of the allowed words, or null when empty (an unknown word is reported). */
    String choice(String field, Set<String> allowed) {
        String value = form.getFirst(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            errors.put(field, "intake.error.choice");
            return null;
        }
        return value;
    }

    Boolean yesNo(String field) {
        String value = choice(field, Set.of("yes", "no"));
        return value == null ? null : value.equals("yes");
    }

    <E extends Enum<E>> Set<E> codes(String field, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String value : values(field)) {
            try {
                values.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                errors.put(field, "intake.error.choice");
            }
        }
        return values;
    }

    Set<BodyRegion> regions(String field) {
        Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
        for (String value : values(field)) {
            BodyRegion.expand(value).ifPresentOrElse(regions::addAll, () -> errors.put(field, "intake.error.choice"));
        }
        return regions;
    }

    List<String> values(String field) {
        List<String> values = form.get(field);
        return values == null ? List.of() : new ArrayList<>(values);
    }

    boolean checked(String field) {
        return form.containsKey(field) && !"false".equals(form.getFirst(field));
    }

    /** The new answer, or the draft's previous one when this field's new answer was refused (nothing is lost). */
    <T> T keep(String field, T fresh, T previous) {
        return errors.containsKey(field) ? previous : fresh;
    }

    /** The step's change to the draft, and the problems found. */
    record Result(UnaryOperator<IntakeAnswers> change, Map<String, String> errors) {
    }
}
