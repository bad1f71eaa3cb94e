package org.kneadwell.session;

import java.util.List;

/**
 * A note change that cannot be made, with a problem per field. Nothing was saved. The API answers 422 when effective
 * safety or the note's state refused it, 400 when only the input's shape was wrong.
 */
public class NoteRefusedException extends RuntimeException {

    private final List<NoteProblem> problems;

    public NoteRefusedException(List<NoteProblem> problems) {
        super("note.refused " + problems.stream().map(NoteProblem::field).toList());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    static NoteRefusedException of(String field, String key, Object... args) {
        return new NoteRefusedException(List.of(NoteProblem.safety(field, key, args)));
    }

    public List<NoteProblem> problems() {
        return problems;
    }

    /** Whether safety or the note's state refused it (422), rather than the shape of the input alone (400). */
    public boolean unprocessable() {
        return problems.stream().anyMatch(NoteProblem::safety);
    }
}
