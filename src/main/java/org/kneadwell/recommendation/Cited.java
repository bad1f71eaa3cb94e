package org.kneadwell.recommendation;

import java.util.List;

import org.kneadwell.screening.policy.SourceTags;

/** The shared check of every explanation: two non-blank voices, and a clinical text that names its sources. */
final class Cited {

    private Cited() {
    }

    /** Refuses blank text, an uncited claim, or a source listed but not named as {@code [Sn]} in the text. */
    static List<String> check(String clinicalText, String plainText, List<String> sources) {
        if (clinicalText == null || clinicalText.isBlank() || plainText == null || plainText.isBlank()) {
            throw new IllegalArgumentException("Both the clinical and the plain text are required");
        }
        List<String> copy = List.copyOf(sources);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("An explanation must cite its source: " + clinicalText);
        }
        for (String tag : copy) {
            if (!SourceTags.isTag(tag) || !clinicalText.contains("[" + tag + "]")) {
                throw new IllegalArgumentException("Source " + tag + " is not a tag named in: " + clinicalText);
            }
        }
        return copy;
    }

    /** "S24 S21" as a list. */
    static List<String> tags(String spaceSeparated) {
        return SourceTags.parse(spaceSeparated);
    }

    /** "[S24][S21]" for the end of a clinical sentence. */
    static String brackets(List<String> tags) {
        StringBuilder text = new StringBuilder();
        tags.forEach(tag -> text.append('[').append(tag).append(']'));
        return text.toString();
    }
}
