package org.kneadwell.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The clearance domain (scope, permissions, validity, effective safety) is plain Java, like the screening policy it
 * builds on: no Spring in it. The module's services, repositories and controllers sit beside it and may use Spring.
 */
class ClearanceHasNoSpringTest {

    private static final Path CLEARANCE = Path.of("src/main/java/org/kneadwell/clearance");
    private static final List<String> DOMAIN = List.of("AbsoluteContraindications", "Clearance", "ClearanceQueueOrder",
            "ClearanceScope", "ClearanceStatus", "ClearedTechnique", "EffectiveSafety", "EffectiveVerdict", "Limit",
            "LimitSource", "Limits", "Permission", "SafetyToday", "ScopeCheck", "ScopeProblem");

    @Test
    void noClearanceDomainSourceMentionsSpring() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(CLEARANCE)) {
            sources = files.filter(file -> DOMAIN.contains(file.getFileName().toString().replace(".java", "")))
                    .toList();
        }
        assertThat(sources).hasSize(DOMAIN.size());
        for (Path source : sources) {
            assertThat(Files.readString(source)).as(source.toString()).doesNotContain("org.springframework");
        }
    }
}
