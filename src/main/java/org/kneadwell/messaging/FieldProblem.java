package org.kneadwell.messaging;

/** One refused field of a message or thread: the message key pages show, and the words the API answers with. */
public record FieldProblem(String field, String key, String message) {
}
