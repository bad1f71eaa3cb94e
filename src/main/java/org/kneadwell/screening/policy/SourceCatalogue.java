package org.kneadwell.screening.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The full citations behind the source tags, so a reason shown to a user can name its source. The list is
 * {@code screening/sources.tsv} on the classpath (tag, tab, citation), copied from docs/clinical-reference.md §11.
 */
public final class SourceCatalogue {

    private static final String RESOURCE = "/screening/sources.tsv";
    private static final String CLINIC_CITATION = "A rule this clinic added to tighten the reference policy.";

    private final Map<String, String> citations;

    private SourceCatalogue(Map<String, String> citations) {
        this.citations = Map.copyOf(citations);
    }

    /** Reads the catalogue from the classpath. */
    public static SourceCatalogue load() {
        try (InputStream in = SourceCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Map<String, String> citations = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                if (parts.length != 2 || !SourceTags.isTag(parts[0]) || citations.put(parts[0], parts[1].strip()) != null) {
                    throw new IllegalStateException(RESOURCE + ": bad or repeated line: " + line);
                }
            }
            citations.put(SourceTags.CLINIC, CLINIC_CITATION);
            return new SourceCatalogue(citations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full citation for a tag such as {@code S31}. */
    public Optional<String> citation(String tag) {
        return Optional.ofNullable(citations.get(tag));
    }

    /** Every tag the reference policy's rules cite (conditions, triage, red flags, STarT Back, chronic), sorted. */
    public List<String> tagsUsedByReferencePolicy() {
        TreeSet<String> tags = new TreeSet<>((a, b) -> Integer.compare(number(a), number(b)));
        ScreeningPolicy.reference().referenceRows().forEach(row -> tags.addAll(row.sources()));
        TriageTable.TIER_SOURCES.values().forEach(tags::addAll);
        EnumSet.allOf(RedFlag.class).forEach(flag -> tags.addAll(flag.sources()));
        tags.addAll(SourceTags.parse("S11 S45 S90 S91 S92"));
        return List.copyOf(tags);
    }

    private static int number(String tag) {
        return Integer.parseInt(tag.substring(1));
    }
}
