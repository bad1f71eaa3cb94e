package org.kneadwell.plan;

import java.util.List;

/** A plan form that breaks a rule; nothing was saved. */
public class InvalidPlanException extends RuntimeException {

    private final List<PlanProblem> problems;

    public InvalidPlanException(List<PlanProblem> problems) {
        super("plan.invalid");
        this.problems = List.copyOf(problems);
    }

    public List<PlanProblem> problems() {
        return problems;
    }

    /** Whether any problem belongs to the given field. */
    public boolean concerns(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }
}
