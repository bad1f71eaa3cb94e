package org.kneadwell.screening.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every tag a rule cites can be shown as a full citation (clinical-reference §11). */
class SourceCatalogueTest {

    private final SourceCatalogue catalogue = SourceCatalogue.load();

    @Test
    void everyTagTheReferencePolicyCitesHasACitation() {
        assertThat(catalogue.tagsUsedByReferencePolicy()).hasSizeGreaterThan(30).contains("S45", "S90", "S7")
                .allSatisfy(tag -> assertThat(catalogue.citation(tag)).as(tag).isPresent());
    }

    @Test
    void citesTheWholeSourceLine() {
        assertThat(catalogue.citation("S45")).hasValueSatisfying(text -> assertThat(text).startsWith("Treede RD"));
        assertThat(catalogue.citation("S113")).isPresent();
        assertThat(catalogue.citation("CLINIC")).isPresent();
        assertThat(catalogue.citation("S999")).isEmpty();
    }
}
