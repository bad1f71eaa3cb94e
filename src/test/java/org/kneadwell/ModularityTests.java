package org.kneadwell;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module walls of architecture.md: no cycles, and no module reaches into another's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(KneadwellApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }
}
