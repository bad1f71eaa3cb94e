package org.kneadwell.outcome;

import java.nio.file.Path;
import java.util.List;

/** The shipped definitions, with the licensed ones worded from the test's clinic folder. */
final class Instruments {

    static final Path CLINIC_DIR = Path.of("src/test/resources/outcome/clinic-instruments");
    static final List<Instrument> DEFINITIONS = InstrumentCatalog.definitions("classpath:outcome/instruments/*.json");
    static final InstrumentCatalog CATALOG = new InstrumentCatalog(DEFINITIONS, CLINIC_DIR);

    private Instruments() {
    }

    static Instrument get(String id) {
        return CATALOG.available(id).orElseThrow();
    }

    static Instrument definition(String id) {
        return DEFINITIONS.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }
}
