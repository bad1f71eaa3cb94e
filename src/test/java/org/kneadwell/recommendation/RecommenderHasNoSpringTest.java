package org.kneadwell.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The recommender is plain Java, so any module (or a batch job) can rank without a Spring context. Only the two
 * adapters that connect it to the application (the service and the API controller) use Spring, and the module's
 * {@code package-info.java}, whose Spring Modulith annotation declares the module's allowed dependencies.
 */
class RecommenderHasNoSpringTest {

    private static final Path ENGINE = Path.of("src/main/java/org/kneadwell/recommendation");
    private static final List<String> ADAPTERS = List.of("PatientRecommendations.java",
            "RecommendationApiController.java", "package-info.java");

    @Test
    void noSourceMentionsSpring() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(ENGINE)) {
            sources = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !ADAPTERS.contains(file.getFileName().toString())).toList();
        }
        assertThat(sources).hasSizeGreaterThan(10);
        for (Path source : sources) {
            assertThat(Files.readString(source)).as(source.toString()).doesNotContain("org.springframework");
        }
    }
}
