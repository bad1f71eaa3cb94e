package org.kneadwell.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kneadwell.shared.Technique;

/** A moderate or severe reaction after a technique counts against it in the history factor; a mild one does not. */
class HistoryReactionsTest {

    private static final List<SessionOutcome> DEEP_HELPED = List.of(new SessionOutcome(Technique.DEEP_TISSUE, 7, 3),
            new SessionOutcome(Technique.SWEDISH, 6, 5));

    @Test
    void aSeriousReactionTakesAwayTheBonusAndRanksTheTechniqueLower() {
        HistoryFactor plain = new HistoryFactor(DEEP_HELPED);
        assertThat(plain.of(Technique.DEEP_TISSUE).contribution()).isEqualTo(HistoryFactor.BEST_BONUS);

        HistoryFactor withBruising = new HistoryFactor(DEEP_HELPED,
                List.of(new SessionReaction(Technique.DEEP_TISSUE, true)));
        Factor deep = withBruising.of(Technique.DEEP_TISSUE);
        assertThat(deep.contribution()).isEqualTo(HistoryFactor.SERIOUS_REACTION_PENALTY);
        assertThat(deep.plainText()).contains("your pain went from 7.0 to 3.0").contains("You had a reaction after it");
        assertThat(deep.sources()).contains("S44", "S36");
        assertThat(withBruising.of(Technique.SWEDISH).contribution()).isZero();
    }

    @Test
    void aMildReactionChangesNothing() {
        HistoryFactor mild = new HistoryFactor(DEEP_HELPED, List.of(new SessionReaction(Technique.DEEP_TISSUE, false)));
        assertThat(mild.of(Technique.DEEP_TISSUE)).isEqualTo(new HistoryFactor(DEEP_HELPED).of(Technique.DEEP_TISSUE));
    }

    @Test
    void aReactionRecordedWithoutNotesStillCountsAndSaysOnlyThat() {
        Factor stone = new HistoryFactor(List.of(), List.of(new SessionReaction(Technique.HOT_STONE, true),
                new SessionReaction(Technique.HOT_STONE, true))).of(Technique.HOT_STONE);
        assertThat(stone.contribution()).isEqualTo(HistoryFactor.SERIOUS_REACTION_PENALTY);
        assertThat(stone.plainText()).isEqualTo("You had 2 reactions after it that got in the way of your day, so it is ranked lower.");
    }
}
