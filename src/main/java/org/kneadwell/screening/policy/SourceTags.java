package org.kneadwell.screening.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Source tags as the policy writes them: {@code S1}..{@code S113} of clinical-reference §11, or {@code CLINIC}. */
public final class SourceTags {

    /** The tag a clinic's own tightening rule carries. */
    public static final String CLINIC = "CLINIC";

    private static final Pattern TAG = Pattern.compile("S[1-9][0-9]{0,2}|" + CLINIC);

    private SourceTags() {
    }

    /** "S40 S43 S37" as a list, refusing anything that is not a tag. */
    public static List<String> parse(String spaceSeparated) {
        List<String> tags = new ArrayList<>();
        for (String tag : spaceSeparated.trim().split("\\s+")) {
            if (!isTag(tag)) {
                throw new IllegalArgumentException("Not a source tag: " + tag);
            }
            tags.add(tag);
        }
        return List.copyOf(tags);
    }

    public static boolean isTag(String tag) {
        return tag != null && TAG.matcher(tag).matches();
    }

    /** The tags of {@code first} that {@code second} also has, in {@code first}'s order. */
    static List<String> common(List<String> first, List<String> second) {
        return first.stream().filter(second::contains).toList();
    }
}
