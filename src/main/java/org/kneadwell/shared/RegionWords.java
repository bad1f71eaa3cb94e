package org.kneadwell.shared;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Body regions as people say them, from the body map's message bundle ({@code i18n/bodymap}): a whole group is
 * named as one ("the whole back", "both feet"), other regions by their own names, joined by semicolons (the names
 * themselves contain commas). Pages call {@code ${@regionWords.of(regions)}}.
 */
@Component("regionWords")
public class RegionWords {

    private static final String BUNDLE = "i18n/bodymap";

    /** "Both feet; chest" (starts with a capital, for a cell or a list item), or "" for no regions. */
    public String of(Set<BodyRegion> regions) {
        String words = describe(regions);
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ENGLISH) + words.substring(1);
    }

    /** "both feet; chest", for the middle of a sentence, or "" for no regions. */
    public String inSentence(Set<BodyRegion> regions) {
        return describe(regions);
    }

    /** "both feet; chest" (to follow a verb, as in "avoid both feet"), or "" for no regions. */
    public static String describe(Set<BodyRegion> regions) {
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        Set<BodyRegion> left = regions.isEmpty() ? EnumSet.noneOf(BodyRegion.class) : EnumSet.copyOf(regions);
        List<String> parts = new ArrayList<>();
        if (left.containsAll(BodyRegion.BACK)) {
            parts.add(words.getString("region.all.BACK"));
            left.removeAll(BodyRegion.BACK);
        }
        if (left.containsAll(BodyRegion.LEGS)) {
            parts.add(words.getString("region.all.LEGS"));
            left.removeAll(BodyRegion.LEGS);
        }
        for (BodyRegion region : BodyRegion.values()) {
            if (!left.contains(region)) {
                continue;
            }
            String name = region.name();
            if (name.endsWith("_LEFT")) {
                String pair = name.substring(0, name.length() - "_LEFT".length());
                BodyRegion right = BodyRegion.valueOf(pair + "_RIGHT");
                if (left.contains(right)) {
                    parts.add(words.getString("region.both." + pair));
                    left.remove(right);
                    continue;
                }
            }
            String own = words.getString("region." + name);
            parts.add(own.substring(0, 1).toLowerCase(Locale.ENGLISH) + own.substring(1));
        }
        return String.join("; ", parts);
    }
}
