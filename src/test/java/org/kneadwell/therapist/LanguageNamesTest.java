package org.kneadwell.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageNamesTest {

    @Test
    void aLanguageNameFindsItsCode() {
        assertThat(LanguageNames.codeFor("Spanish")).isEqualTo("es");
        assertThat(LanguageNames.codeFor("portuguese")).isEqualTo("pt");
    }

    @Test
    void aCodeStaysACode() {
        assertThat(LanguageNames.codeFor("pt-BR")).isEqualTo("pt-BR");
    }
}
