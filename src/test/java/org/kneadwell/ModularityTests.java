package org.kneadwell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kneadwell.identity.CurrentUser;
import org.kneadwell.patient.Patient;
import org.kneadwell.patient.PatientRecords;
import org.kneadwell.scheduling.Booking;
import org.kneadwell.screening.Screenings;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module walls of architecture.md: no cycles, no module reaches into another's internals, each module uses
 * only what the architecture's module table says it may, and the services other modules call ask the access policy.
 */
class ModularityTests {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(\\w+)` \\|.*\\| ([^|]+) \\|$");
    private static final Set<String> COMPOSITION = Set.of("web", "demo");

    private final ApplicationModules modules = ApplicationModules.of(KneadwellApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void eachModuleDeclaresTheDependenciesTheArchitectureTableAllows() throws IOException {
        Map<String, String> table = architectureTable();
        Set<String> built = modules.stream().map(m -> m.getIdentifier().toString()).collect(Collectors.toSet());
        for (String module : built) {
            assertThat(table).as("architecture.md has a row for %s", module).containsKey(module);
            ApplicationModule declared = declaration(module);
            if (COMPOSITION.contains(module)) {
                assertThat(table.get(module)).startsWith("everything");
                assertThat(declared).as("%s may use every module's public surface", module).isNull();
                continue;
            }
            Set<String> documented = Arrays.stream(table.get(module).split(","))
                    .map(String::strip).filter(d -> !d.equals("nothing"))
                    .filter(d -> built.contains(d.split(" :: ")[0])).collect(Collectors.toCollection(TreeSet::new));
            assertThat(declared).as("%s declares its allowed dependencies", module).isNotNull();
            assertThat(new TreeSet<>(List.of(declared.allowedDependencies()))).as(module).isEqualTo(documented);
        }
    }

    @Test
    void servicesOtherModulesCallTakeTheSignedInPersonOrAPatientTheyAlreadyChecked() {
        for (Class<?> service : List.of(PatientRecords.class, Screenings.class, Booking.class)) {
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                List<Class<?>> parameters = List.of(method.getParameterTypes());
                assertThat(parameters).as("%s.%s", service.getSimpleName(), method.getName())
                        .containsAnyOf(CurrentUser.class, Patient.class);
            }
        }
    }

    private static ApplicationModule declaration(String module) {
        try {
            return Class.forName("org.kneadwell." + module + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** Module name to its "may use" cell, from the module table of docs/architecture.md. */
    private static Map<String, String> architectureTable() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
            Matcher row = TABLE_ROW.matcher(line.strip());
            if (row.matches()) {
                rows.put(row.group(1), row.group(2).replace("`", "").strip());
            }
        }
        return rows;
    }
}
