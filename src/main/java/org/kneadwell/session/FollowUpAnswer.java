package org.kneadwell.session;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A checked follow-up answer: pain now 0–10, how helpful the session felt, and the reactions it reported (soreness
 * and bruising included when not "none"), each with a severity. Only {@link #parse} makes one from input.
 */
public record FollowUpAnswer(int painNow, Helpfulness helpfulness, List<Reaction> reactions) {

    static final int MAX_DESCRIPTION = 500;

    /** One reaction that becomes an adverse event. */
    public record Reaction(ReactionKind kind, Severity severity, String description) {

        public Reaction {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(severity, "severity");
            if (description != null && (description.isBlank() || description.length() > MAX_DESCRIPTION)) {
                throw new IllegalArgumentException("A description is 1-500 characters or absent");
            }
            if (kind == ReactionKind.OTHER && description == null) {
                throw new IllegalArgumentException("An other reaction needs a description");
            }
        }
    }

    public FollowUpAnswer {
        if (painNow < 0 || painNow > 10) {
            throw new IllegalArgumentException("Pain is scored 0-10");
        }
        Objects.requireNonNull(helpfulness, "helpfulness");
        reactions = List.copyOf(reactions);
    }

    /** Checks every field and names each bad one (message keys), or answers the checked follow-up. */
    static FollowUpAnswer parse(FollowUpInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.painNow() == null) {
            errors.put("painNow", "followUp.error.painMissing");
        } else if (input.painNow() < 0 || input.painNow() > 10) {
            errors.put("painNow", "followUp.error.painRange");
        }
        List<Reaction> reactions = new ArrayList<>();
        named("soreness", ReactionKind.SORENESS, input.soreness(), errors, reactions);
        named("bruising", ReactionKind.BRUISING, input.bruising(), errors, reactions);
        Set<ReactionKind> seen = EnumSet.noneOf(ReactionKind.class);
        for (int i = 0; i < input.otherReactions().size(); i++) {
            other("otherReactions[" + i + "]", input.otherReactions().get(i), seen, errors, reactions);
        }
        Helpfulness helpfulness = code(Helpfulness.class, input.helpfulness());
        if (helpfulness == null) {
            errors.put("helpfulness", "followUp.error.helpfulness");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFollowUpException(errors);
        }
        return new FollowUpAnswer(input.painNow(), helpfulness, reactions);
    }

    private static void named(String field, ReactionKind kind, String value, Map<String, String> errors,
            List<Reaction> reactions) {
        if ("NONE".equals(value)) {
            return;
        }
        Severity severity = code(Severity.class, value);
        if (severity == null) {
            errors.put(field, "followUp.error.severity");
        } else {
            reactions.add(new Reaction(kind, severity, null));
        }
    }

    private static void other(String field, FollowUpInput.ReactionInput input, Set<ReactionKind> seen,
            Map<String, String> errors, List<Reaction> reactions) {
        if (input == null) {
            errors.put(field, "followUp.error.reactionMissing");
            return;
        }
        ReactionKind kind = code(ReactionKind.class, input.kind());
        Severity severity = code(Severity.class, input.severity());
        String description = input.description() == null || input.description().isBlank() ? null
                : input.description().strip();
        if (kind == null || !ReactionKind.OTHERS.contains(kind)) {
            errors.put(field + ".kind", "followUp.error.reactionKind");
        } else if (!seen.add(kind)) {
            errors.put(field + ".kind", "followUp.error.reactionTwice");
        }
        if (severity == null) {
            errors.put(field + ".severity", "followUp.error.severity");
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            errors.put(field + ".description", "followUp.error.descriptionLength");
        } else if (kind == ReactionKind.OTHER && description == null) {
            errors.put(field + ".description", "followUp.error.otherDescription");
        }
        if (kind != null && ReactionKind.OTHERS.contains(kind) && severity != null && !errors.containsKey(field + ".kind")
                && !errors.containsKey(field + ".description")) {
            reactions.add(new Reaction(kind, severity, description));
        }
    }

    /** The enum constant named exactly {@code value}, or {@code null} for anything else. */
    static <E extends Enum<E>> E code(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return constant;
            }
        }
        return null;
    }

    /** The most severe reaction, if any. */
    public java.util.Optional<Severity> worst() {
        return reactions.stream().map(Reaction::severity).max(Enum::compareTo);
    }
}
