package org.kneadwell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Someone who clones the repository has everything the README points to: the docs it links exist, no link
 * leads outside the repository, the worked examples and citations the code uses are the ones the docs
 * publish, and the licence is there.
 */
class ProjectStandsOnItsOwnTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    /** The team's old shared folder, spelled in two parts so that this file does not match itself. */
    private static final String OUTSIDE_DOCS = ".." + "/shared";
    private static final List<String> DOCS = List.of("architecture.md", "screening-contract.md",
            "screening-examples.json", "clinical-reference.md", "ui.md", "style.md");

    @Test
    void theReadmeLinksEveryDocAndEveryRelativeLinkLeadsToAFileInTheRepository() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String doc : DOCS) {
            assertThat(readme).as("README links docs/" + doc).contains("](docs/" + doc);
        }
        List<String> broken = new ArrayList<>();
        List<Path> markdown = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(markdown::add);
        }
        for (Path file : markdown) {
            Matcher link = LINK.matcher(Files.readString(file));
            while (link.find()) {
                String target = link.group(1).replaceFirst("#.*$", "");
                String anchor = link.group(1).contains("#") ? link.group(1).substring(link.group(1).indexOf('#') + 1) : "";
                if (target.matches("^[a-z]+:.*")) {
                    continue;
                }
                Path resolved = target.isEmpty() ? file.toAbsolutePath()
                        : file.toAbsolutePath().getParent().resolve(target).normalize();
                if (!resolved.startsWith(Path.of("").toAbsolutePath()) || !Files.exists(resolved)) {
                    broken.add(file + " -> " + link.group(1));
                } else if (!anchor.isEmpty() && !headingAnchors(resolved).contains(anchor)) {
                    broken.add(file + " -> " + link.group(1) + " (no such heading)");
                }
            }
        }
        assertThat(broken).as("links to files the repository does not have").isEmpty();
    }

    @Test
    void nothingPointsOutsideTheRepository() throws IOException {
        List<String> outside = new ArrayList<>();
        for (Path root : List.of(Path.of("README.md"), Path.of("docs"), Path.of("src"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).filter(ProjectStandsOnItsOwnTest::isText).toList()) {
                    String text = Files.readString(file);
                    if (text.contains(OUTSIDE_DOCS) || text.contains("/work" + "/shared")) {
                        outside.add(file.toString());
                    }
                }
            }
        }
        assertThat(outside).isEmpty();
    }

    @Test
    void theWorkedExamplesTheTestsRunAreTheOnesTheDocsPublish() throws IOException {
        assertThat(Files.readString(Path.of("src/test/resources/screening/screening-examples.json")))
                .isEqualTo(Files.readString(Path.of("docs/screening-examples.json")));
    }

    @Test
    void theCitationsTheAppShowsAreTheClinicalReferencesSources() throws IOException {
        String reference = Files.readString(Path.of("docs/clinical-reference.md"));
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher source = Pattern.compile("(?m)^- \\[(S\\d+)] (.*)$")
                .matcher(reference.substring(reference.indexOf("## 11. Sources")));
        while (source.find()) {
            documented.put(source.group(1), source.group(2).strip());
        }
        Map<String, String> shipped = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/screening/sources.tsv"))) {
            if (!line.startsWith("#") && line.contains("\t")) {
                shipped.put(line.substring(0, line.indexOf('\t')), line.substring(line.indexOf('\t') + 1).strip());
            }
        }
        assertThat(documented).hasSizeGreaterThan(100);
        assertThat(shipped).isEqualTo(documented);
    }

    @Test
    void theProjectIsLicensedUnderApache2AndTheReadmeSaysSo() throws IOException {
        String licence = Files.readString(Path.of("LICENSE"));
        assertThat(licence).contains("Apache License").contains("Version 2.0, January 2004")
                .contains("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION")
                .contains("END OF TERMS AND CONDITIONS");
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme.substring(readme.indexOf("## Licences"))).contains("Apache License 2.0").contains("LICENSE");
    }

    /** The anchors GitHub gives a Markdown file's headings. */
    private static List<String> headingAnchors(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "").toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
                .toList();
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return Stream.of(".java", ".md", ".html", ".properties", ".json", ".sql", ".tsv", ".txt", ".css", ".js")
                .anyMatch(name::endsWith);
    }
}
