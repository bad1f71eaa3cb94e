package org.kneadwell.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The clearance domain is plain Java, like the screening policy it builds on: no Spring in it. */
class ClearanceHasNoSpringTest {

    private static final Path CLEARANCE = Path.of("src/main/java/org/kneadwell/clearance");

    @Test
    void noClearanceDomainSourceMentionsSpring() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(CLEARANCE)) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(10);
        for (Path source : sources) {
            assertThat(Files.readString(source)).as(source.toString()).doesNotContain("org.springframework");
        }
    }
}
