package org.kneadwell.clearance;

/**
 * Why a clearance scope cannot be accepted for a screen.
 *
 * @param field      the offending field as a path: {@code techniques}, {@code permissions[0]}, {@code liftsHold}
 * @param messageKey the message key to show, e.g. {@code clearance.error.absolute}
 * @param detail     the codes involved, for the message's arguments and for logs
 */
public record ScopeProblem(String field, String messageKey, String detail) {

    public ScopeProblem {
        if (field == null || field.isBlank() || messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("A scope problem names its field and message key");
        }
        detail = detail == null ? "" : detail;
    }
}
