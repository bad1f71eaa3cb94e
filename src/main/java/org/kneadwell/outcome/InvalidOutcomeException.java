package org.kneadwell.outcome;

import java.util.List;

/** A response or diary entry that was refused, naming each item; nothing was stored. */
public class InvalidOutcomeException extends RuntimeException {

    private final List<ItemProblem> problems;

    public InvalidOutcomeException(List<ItemProblem> problems) {
        super("outcome.invalid");
        this.problems = List.copyOf(problems);
    }

    static InvalidOutcomeException of(String item, String message) {
        return new InvalidOutcomeException(List.of(new ItemProblem(item, message)));
    }

    public List<ItemProblem> problems() {
        return problems;
    }
}
