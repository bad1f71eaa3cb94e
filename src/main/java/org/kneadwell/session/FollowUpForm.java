package org.kneadwell.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The follow-up page's form as typed: pain now, soreness and bruising (none to severe), one severity per other
 * reaction ({@code reaction-HEADACHE} ...), words for "something else", and how helpful it felt. Converted
 * explicitly into {@link FollowUpInput}; the API's field names map back to the form's for the messages.
 */
public record FollowUpForm(Map<String, String> values) {

    static final String NONE = "NONE";

    static FollowUpForm empty() {
        return new FollowUpForm(Map.of());
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The chosen severity of one other reaction, NONE when not chosen. */
    public String reaction(ReactionKind kind) {
        String chosen = values.get(reactionField(kind));
        return chosen == null || chosen.isBlank() ? NONE : chosen;
    }

    static String reactionField(ReactionKind kind) {
        return "reaction-" + kind.name();
    }

    FollowUpInput toInput() {
        return new FollowUpInput(pain(), values.get("soreness"), values.get("bruising"), reactionInputs(),
                values.get("helpfulness"));
    }

    /** The other reactions chosen, in the page's order (the API's {@code otherReactions[i]}). */
    List<ReactionKind> chosenReactions() {
        return ReactionKind.OTHERS.stream().filter(k -> !NONE.equals(reaction(k))).toList();
    }

    private List<FollowUpInput.ReactionInput> reactionInputs() {
        List<FollowUpInput.ReactionInput> inputs = new ArrayList<>();
        for (ReactionKind kind : chosenReactions()) {
            inputs.add(new FollowUpInput.ReactionInput(kind.name(), reaction(kind),
                    kind == ReactionKind.OTHER ? values.get("otherDescription") : null));
        }
        return inputs;
    }

    private Integer pain() {
        String typed = values.get("painNow");
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    /** API field names to this form's fields, so each message sits beside what the patient chose. */
    Map<String, String> formFields(Map<String, String> apiErrors) {
        List<ReactionKind> chosen = chosenReactions();
        Map<String, String> byField = new LinkedHashMap<>();
        apiErrors.forEach((field, key) -> {
            String formField = field;
            if (field.startsWith("otherReactions[")) {
                int index = Integer.parseInt(field.substring("otherReactions[".length(), field.indexOf(']')));
                formField = field.endsWith(".description") ? "otherDescription"
                        : index < chosen.size() ? reactionField(chosen.get(index)) : "otherReactions";
            }
            byField.putIfAbsent(formField, key);
        });
        return byField;
    }
}
