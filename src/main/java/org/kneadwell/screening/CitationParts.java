package org.kneadwell.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation as the sources page shows it: the reference list writes titles as {@code *title*} and addresses
 * as bare {@code https://...}; a person sees an emphasised title and a link they can follow, never the asterisks.
 */
final class CitationParts {

    enum Kind { TEXT, TITLE, LINK }

    /** One run of a citation: plain text, a title, or a web address. */
    record Part(Kind kind, String text) {

        public boolean isTitle() {
            return kind == Kind.TITLE;
        }

        public boolean isLink() {
            return kind == Kind.LINK;
        }
    }

    private static final Pattern MARKED = Pattern.compile("\\*([^*]+)\\*|(https?://[^\\s]+)");
    /** Punctuation that ends a sentence after an address rather than belonging to it. */
    private static final String TRAILING = ".,;:)";

    private CitationParts() {
    }

    static List<Part> of(String citation) {
        List<Part> parts = new ArrayList<>();
        Matcher matcher = MARKED.matcher(citation);
        int done = 0;
        while (matcher.find()) {
            String before = citation.substring(done, matcher.start());
            if (matcher.group(1) != null) {
                addText(parts, before);
                parts.add(new Part(Kind.TITLE, matcher.group(1)));
                done = matcher.end();
                continue;
            }
            String address = matcher.group(2);
            int end = address.length();
            while (end > 0 && TRAILING.indexOf(address.charAt(end - 1)) >= 0) {
                end--;
            }
            addText(parts, before);
            parts.add(new Part(Kind.LINK, address.substring(0, end)));
            done = matcher.start() + end;
        }
        addText(parts, citation.substring(done));
        return parts;
    }

    private static void addText(List<Part> parts, String text) {
        if (!text.isEmpty()) {
            parts.add(new Part(Kind.TEXT, text));
        }
    }
}
