package org.kneadwell.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kneadwell.screening.CitationParts.Kind;
import org.kneadwell.screening.CitationParts.Part;

class CitationPartsTest {

    @Test
    void titlesLoseTheirAsterisksAndAddressesBecomeLinksWithoutTrailingPunctuation() {
        assertThat(CitationParts.of("NICE NG59 *Low back pain* (2016). https://www.nice.org.uk/guidance/ng59 ; "
                + "see https://example.org/a_b."))
                .containsExactly(
                        new Part(Kind.TEXT, "NICE NG59 "),
                        new Part(Kind.TITLE, "Low back pain"),
                        new Part(Kind.TEXT, " (2016). "),
                        new Part(Kind.LINK, "https://www.nice.org.uk/guidance/ng59"),
                        new Part(Kind.TEXT, " ; see "),
                        new Part(Kind.LINK, "https://example.org/a_b"),
                        new Part(Kind.TEXT, "."));
    }

    @Test
    void aCitationWithoutMarksIsOnePlainText() {
        assertThat(CitationParts.of("Clinic rule")).containsExactly(new Part(Kind.TEXT, "Clinic rule"));
    }
}
