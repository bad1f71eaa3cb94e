package org.kneadwell.outcome;

/** Why one item (or field) of a submission was refused: its id and a message the person can act on. */
public record ItemProblem(String item, String message) {
}
