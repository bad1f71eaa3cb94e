package org.kneadwell.session;

import java.util.List;

/**
 * A follow-up answer as typed (form) or sent (API), not yet checked: every choice is the name of its code.
 *
 * @param soreness       NONE, MILD, MODERATE or SEVERE
 * @param bruising       NONE, MILD, MODERATE or SEVERE
 * @param otherReactions other reactions with their severity (MILD, MODERATE, SEVERE)
 */
public record FollowUpInput(Integer painNow, String soreness, String bruising, List<ReactionInput> otherReactions,
        String helpfulness) {

    /** One reported reaction: a {@link ReactionKind} name, a {@link Severity} name and optional words. */
    public record ReactionInput(String kind, String severity, String description) {
    }

    public FollowUpInput {
        otherReactions = otherReactions == null ? List.of() : List.copyOf(otherReactions);
    }
}
