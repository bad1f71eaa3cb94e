package org.kneadwell.messaging;

import java.util.List;

/** A message or new thread that was refused, naming each field; nothing was stored. */
public class InvalidMessageException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidMessageException(List<FieldProblem> problems) {
        super("messaging.invalid");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
