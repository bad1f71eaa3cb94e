package org.kneadwell.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What people type: a subject and a message, each required and limited; markup is only text. */
class MessageTextTest {

    @Test
    void refusesAnEmptySubjectAndMessageNamingBoth() {
        assertThat(MessageText.checkThread("  ", null)).extracting(FieldProblem::field).containsExactly("subject", "body");
    }

    @Test
    void refusesAMessageOverTenThousandCharacters() {
        assertThat(MessageText.checkBody("a".repeat(10_000))).isEmpty();
        assertThat(MessageText.checkBody("a".repeat(10_001))).singleElement()
                .satisfies(p -> assertThat(p.key()).isEqualTo("messaging.error.body.long"));
    }

    @Test
    void refusesASubjectOverTwoHundredCharacters() {
        assertThat(MessageText.checkThread("s".repeat(201), "Hello")).extracting(FieldProblem::field)
                .containsExactly("subject");
    }

    @Test
    void countsCharactersNotUtf16UnitsAndKeepsMarkupAsTyped() {
        assertThat(MessageText.checkBody("\uD83D\uDE00".repeat(10_000))).as("10,000 emoji").isEmpty();
        assertThat(MessageText.clean("  <script>alert(1)</script>\n")).isEqualTo("<script>alert(1)</script>");
    }
}
