package org.kneadwell.session;

import java.util.List;
import java.util.Objects;

/**
 * Why a note (or one of its fields) is refused: the field as the API names it ({@code treatments[0].pressure}),
 * a message key and its arguments.
 *
 * @param safety whether effective safety refused it (422 in the API) rather than its shape (400)
 */
public record NoteProblem(String field, String key, List<Object> args, boolean safety) {

    public NoteProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : List.copyOf(args);
    }

    static NoteProblem of(String field, String key, Object... args) {
        return new NoteProblem(field, key, List.of(args), false);
    }

    static NoteProblem safety(String field, String key, Object... args) {
        return new NoteProblem(field, key, List.of(args), true);
    }
}
