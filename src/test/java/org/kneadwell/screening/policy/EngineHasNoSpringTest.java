package org.kneadwell.screening.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The policy is plain Java (architecture.md: "a pure-Java core with no Spring in it"); only its package-info
 * may name Spring Modulith, to expose the package as the module's {@code policy} interface.
 */
class EngineHasNoSpringTest {

    private static final Path POLICY = Path.of("src/main/java/org/kneadwell/screening/policy");

    @Test
    void noPolicySourceOtherThanPackageInfoMentionsSpring() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(POLICY)) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(10);
        for (Path source : sources) {
            if (!source.getFileName().toString().equals("package-info.java")) {
                assertThat(Files.readString(source)).as(source.toString()).doesNotContain("org.springframework");
            }
        }
    }
}
