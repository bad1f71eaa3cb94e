package org.kneadwell.plan;

import java.util.List;

/**
 * One reason a plan was not saved: the form field it belongs to, a message key, and the key's arguments
 * (a {@link org.kneadwell.shared.Technique} argument is shown by its name).
 */
public record PlanProblem(String field, String key, List<Object> args) {

    public PlanProblem {
        args = List.copyOf(args);
    }

    static PlanProblem of(String field, String key, Object... args) {
        return new PlanProblem(field, key, List.of(args));
    }
}
