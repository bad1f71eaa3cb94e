package org.kneadwell.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kneadwell.outcome.Instrument.Item;

/** Definitions load and validate at start-up; licensed wording comes only from the clinic's folder (§9). */
class InstrumentCatalogTest {

    @Test
    void everyShippedDefinitionIsValid() {
        assertThat(Instruments.DEFINITIONS).extracting(Instrument::id).containsExactlyInAnyOrder("FINGERTIP_FLOOR",
                "NPRS", "ODI", "PEG", "PGIC", "PSFS", "PSS10", "PSS4", "RMDQ", "SCHOBER", "STARTBACK", "STRESS",
                "TENSION");
        Instruments.DEFINITIONS.forEach(d -> assertThat(DefinitionCheck.problems(d)).as(d.id()).isEmpty());
    }

    @Test
    void theCodesAndMcidsAreThoseOfTheReference() {
        assertThat(Instruments.definition("NPRS").loinc()).isEqualTo("72514-3");
        assertThat(Instruments.definition("PEG").loinc()).isEqualTo("91147-9");
        assertThat(Instruments.definition("ODI").loinc()).isEqualTo("97909-6");
        assertThat(Instruments.definition("PSS10").loinc()).isEqualTo("106860-0");
        assertThat(Instruments.definition("NPRS").mcid().points()).isEqualByComparingTo("2");
        assertThat(Instruments.definition("NPRS").mcid().percent()).isEqualByComparingTo("30");
        assertThat(Instruments.definition("RMDQ").mcid().points()).isEqualByComparingTo("5");
        assertThat(Instruments.definition("ODI").mcid().points()).isEqualByComparingTo("10");
        assertThat(Instruments.definition("PEG").mcid().percent()).isNull();
        assertThat(Instruments.definition("PSFS").mcid().points()).isEqualByComparingTo("2");
        assertThat(Instruments.definition("PSFS").higherIsWorse()).isFalse();
    }

    @Test
    void licensedInstrumentsAreUnavailableWithTheReasonWhenTheClinicHasNoWording(@TempDir Path empty) {
        InstrumentCatalog catalog = new InstrumentCatalog(Instruments.DEFINITIONS, empty);
        for (String id : List.of("ODI", "PEG", "PSS10", "PSS4")) {
            Availability odi = catalog.find(id).orElseThrow();
            assertThat(odi.available()).as(id).isFalse();
            assertThat(odi.reason()).contains("licensed").contains(id.toLowerCase() + ".json");
        }
        for (String id : List.of("NPRS", "RMDQ", "PSFS", "PGIC", "STARTBACK", "SCHOBER", "FINGERTIP_FLOOR", "STRESS",
                "TENSION")) {
            assertThat(catalog.available(id)).as(id).isPresent();
        }
        assertThat(catalog.find("STARTBACK").orElseThrow().instrument().licence()).contains("© Keele University");
    }

    @Test
    void theShippedDefinitionsOfLicensedInstrumentsCarryNoWording() {
        for (String id : List.of("ODI", "PEG", "PSS10", "PSS4")) {
            assertThat(Instruments.definition(id).items()).extracting(Item::text).containsOnlyNulls();
        }
    }

    @Test
    void theClinicsWordingMakesTheInstrumentAvailable() {
        Instrument odi = Instruments.get("ODI");
        assertThat(odi.items()).hasSize(10);
        assertThat(odi.items().get(0).text()).isEqualTo("Test section 1");
        assertThat(odi.optionsOf(odi.items().get(0))).extracting(Instrument.Option::label).hasSize(6)
                .allMatch(l -> l.startsWith("Test statement 1."));
        assertThat(Instruments.get("PSS10").optionsOf(Instruments.get("PSS10").items().get(3)).get(0).label())
                .isEqualTo("T0");
        assertThat(Instruments.get("PSS10").items().get(3).reverse()).isTrue();
        assertThat(odi.licence()).startsWith("Test fixture");
    }

    @Test
    void aClinicFileThatDoesNotMatchLeavesTheInstrumentUnavailableSayingWhy(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("peg.json"), """
                {"id": "PEG", "licence": "ours", "items": [{"id": "peg1", "text": "a"}, {"id": "pegX", "text": "b"}]}""");
        Files.writeString(dir.resolve("odi.json"), "not json");
        InstrumentCatalog catalog = new InstrumentCatalog(Instruments.DEFINITIONS, dir);
        assertThat(catalog.find("PEG").orElseThrow().reason()).contains("2 items, not 3");
        assertThat(catalog.find("ODI").orElseThrow().reason()).contains("cannot be read");
    }

    @Test
    void anInvalidDefinitionStopsTheStart() {
        Instrument rmdq = Instruments.definition("RMDQ");
        Instrument wrongRange = new Instrument(rmdq.id(), rmdq.title(), rmdq.kind(), rmdq.wording(), rmdq.loinc(),
                rmdq.unit(), rmdq.recall(), rmdq.answer(), rmdq.scoring(), BigDecimal.ZERO, BigDecimal.valueOf(23),
                0, rmdq.direction(), rmdq.mcid(), rmdq.sources(), rmdq.licence(), rmdq.instructions(), rmdq.scale(),
                rmdq.options(), rmdq.items(), false, false, rmdq.schedule());
        assertThatThrownBy(() -> new InstrumentCatalog(List.of(wrongRange), null))
                .hasMessageContaining("declared range 0–23 but the scoring gives 0–24");
        List<Instrument> twice = new ArrayList<>(List.of(rmdq, rmdq));
        assertThatThrownBy(() -> new InstrumentCatalog(twice, null)).hasMessageContaining("Two instrument definitions");
    }
}
