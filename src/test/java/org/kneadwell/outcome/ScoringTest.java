package org.kneadwell.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Hand-computed cases of clinical reference §7.1 and §7.3, one or more per instrument, edge cases included. */
class ScoringTest {

    private static Score score(String instrument, Object... answers) {
        return Scoring.score(Instruments.definition(instrument), Arrays.asList(answers));
    }

    private static BigDecimal value(String instrument, Object... answers) {
        return score(instrument, answers).value().stripTrailingZeros();
    }

    private static List<Object> ticks(int... ticked) {
        List<Object> answers = new ArrayList<>(Collections.nCopies(24, Boolean.FALSE));
        for (int item : ticked) {
            answers.set(item - 1, Boolean.TRUE);
        }
        return answers;
    }

    @Test
    void nprsIsTheNumberChosen() {
        assertThat(value("NPRS", 7)).isEqualByComparingTo("7");
        assertThat(value("NPRS", 0)).isEqualByComparingTo("0");
        assertThat(value("NPRS", 10)).isEqualByComparingTo("10");
    }

    @Test
    void nprsRefusesElevenAFractionAndText() {
        assertThatThrownBy(() -> score("NPRS", 11)).isInstanceOf(InvalidOutcomeException.class)
                .satisfies(e -> assertThat(((InvalidOutcomeException) e).problems()).extracting(ItemProblem::item)
                        .containsExactly("nprs"));
        assertThatThrownBy(() -> score("NPRS", 6.5)).isInstanceOf(InvalidOutcomeException.class);
        assertThatThrownBy(() -> score("NPRS", "7")).isInstanceOf(InvalidOutcomeException.class);
        assertThatThrownBy(() -> score("NPRS", -1)).isInstanceOf(InvalidOutcomeException.class);
    }

    @Test
    void rmdqCountsTheTickedStatements() {
        assertThat(Scoring.score(Instruments.definition("RMDQ"), ticks()).value()).isEqualByComparingTo("0");
        assertThat(Scoring.score(Instruments.definition("RMDQ"), ticks(1, 5, 13, 24)).value()).isEqualByComparingTo("4");
        int[] all = new int[24];
        Arrays.setAll(all, i -> i + 1);
        assertThat(Scoring.score(Instruments.definition("RMDQ"), ticks(all)).value()).isEqualByComparingTo("24");
    }

    @Test
    void rmdqNeedsAllTwentyFourAnswersAsTicksNamingTheMissingItem() {
        List<Object> answers = ticks(2);
        answers.set(6, null);
        answers.set(9, 1);
        assertThatThrownBy(() -> Scoring.score(Instruments.definition("RMDQ"), answers))
                .isInstanceOf(InvalidOutcomeException.class)
                .satisfies(e -> assertThat(((InvalidOutcomeException) e).problems()).extracting(ItemProblem::item)
                        .containsExactly("rmdq7", "rmdq10"));
        assertThatThrownBy(() -> Scoring.score(Instruments.definition("RMDQ"), ticks().subList(0, 23)))
                .isInstanceOf(InvalidOutcomeException.class)
                .satisfies(e -> assertThat(((InvalidOutcomeException) e).problems()).extracting(ItemProblem::item)
                        .containsExactly("rmdq24"));
        List<Object> tooMany = ticks();
        tooMany.add(Boolean.TRUE);
        assertThatThrownBy(() -> Scoring.score(Instruments.definition("RMDQ"), tooMany))
                .isInstanceOf(InvalidOutcomeException.class);
    }

    @Test
    void odiIsThePercentageOfThePossibleScore() {
        // 10 sections answered: 3+2+4+1+2+3+1+0+2+2 = 20 of 50 = 40 %.
        assertThat(value("ODI", 3, 2, 4, 1, 2, 3, 1, 0, 2, 2)).isEqualByComparingTo("40");
        assertThat(value("ODI", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).isEqualByComparingTo("0");
        assertThat(value("ODI", 5, 5, 5, 5, 5, 5, 5, 5, 5, 5)).isEqualByComparingTo("100");
    }

    @Test
    void odiDividesByFiveTimesTheAnsweredSectionsWhenOneIsMissing() {
        // clinical reference §7.3 [S83]: sex life unanswered, 16 of 45 = 35.6 %.
        Score score = score("ODI", 2, 1, 3, 1, 2, 2, 1, null, 2, 2);
        assertThat(score.value()).isEqualByComparingTo("35.5556");
        assertThat(score.display(1)).isEqualTo("35.6");
    }

    @Test
    void odiWithThreeMissingSectionsStillDividesByTheAnsweredOnes() {
        // 7 answered: 1+1+1+1+1+1+1 = 7 of 35 = 20 %.
        assertThat(value("ODI", 1, 1, null, 1, 1, null, 1, null, 1, 1)).isEqualByComparingTo("20");
    }

    @Test
    void odiRefusesNothingAnsweredAndAStatementThatDoesNotExist() {
        assertThatThrownBy(() -> score("ODI", null, null, null, null, null, null, null, null, null, null))
                .isInstanceOf(InvalidOutcomeException.class);
        assertThatThrownBy(() -> score("ODI", 6, 0, 0, 0, 0, 0, 0, 0, 0, 0)).isInstanceOf(InvalidOutcomeException.class)
                .satisfies(e -> assertThat(((InvalidOutcomeException) e).problems()).extracting(ItemProblem::item)
                        .containsExactly("odi1"));
    }

    @Test
    void pegIsTheUnroundedMeanShownRounded() {
        // (6 + 5 + 6) / 3 = 5.6667, shown as 6 [S78].
        Score score = score("PEG", 6, 5, 6);
        assertThat(score.value()).isEqualByComparingTo("5.6667");
        assertThat(score.display(0)).isEqualTo("6");
        // (4 + 4 + 5) / 3 = 4.3333, shown as 4; (7 + 7 + 7) / 3 = 7.
        assertThat(score("PEG", 4, 4, 5).display(0)).isEqualTo("4");
        assertThat(value("PEG", 7, 7, 7)).isEqualByComparingTo("7");
    }

    @Test
    void pegNeedsAllThreeItems() {
        assertThatThrownBy(() -> score("PEG", 6, null, 6)).isInstanceOf(InvalidOutcomeException.class)
                .satisfies(e -> assertThat(((InvalidOutcomeException) e).problems()).extracting(ItemProblem::item)
                        .containsExactly("peg2"));
    }

    @Test
    void pss10ReversesItemsFourFiveSevenAndEight() {
        // answers 1..10: 2,3,1,3,4,2,3,1,2,0 -> reversed 4:1, 5:0, 7:1, 8:3 -> 2+3+1+1+0+2+1+3+2+0 = 15.
        assertThat(value("PSS10", 2, 3, 1, 3, 4, 2, 3, 1, 2, 0)).isEqualByComparingTo("15");
        // all "never" (0): the four reversed items count 4 each = 16.
        assertThat(value("PSS10", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).isEqualByComparingTo("16");
        // all "very often" (4): six items count 4 = 24, the reversed four count 0.
        assertThat(value("PSS10", 4, 4, 4, 4, 4, 4, 4, 4, 4, 4)).isEqualByComparingTo("24");
    }

    @Test
    void pss4ReversesItemsTwoAndThree() {
        // 3, 1 -> 3, 0 -> 4, 2 = 3 + 3 + 4 + 2 = 12.
        assertThat(value("PSS4", 3, 1, 0, 2)).isEqualByComparingTo("12");
        assertThat(value("PSS4", 0, 4, 4, 0)).isEqualByComparingTo("0");
        assertThat(value("PSS4", 4, 0, 0, 4)).isEqualByComparingTo("16");
    }

    @Test
    void psfsIsTheMeanOfTheActivitiesRated() {
        // three activities: (3 + 5 + 4) / 3 = 4; five: (2+3+4+5+7)/5 = 4.2; four: (1+2+2+2)/4 = 1.75 shown 1.8.
        assertThat(value("PSFS", 3, 5, 4)).isEqualByComparingTo("4");
        assertThat(value("PSFS", 2, 3, 4, 5, 7)).isEqualByComparingTo("4.2");
        assertThat(score("PSFS", 1, 2, 2, 2).display(1)).isEqualTo("1.8");
    }

    @Test
    void psfsNeedsAtLeastThreeActivities() {
        assertThatThrownBy(() -> score("PSFS", 3, 5)).isInstanceOf(InvalidOutcomeException.class)
                .satisfies(e -> assertThat(((InvalidOutcomeException) e).problems()).extracting(ItemProblem::item)
                        .containsExactly("psfs3"));
    }

    @Test
    void pgicIsTheCategoryChosen() {
        assertThat(value("PGIC", 2)).isEqualByComparingTo("2");
        assertThatThrownBy(() -> score("PGIC", 0)).isInstanceOf(InvalidOutcomeException.class);
        assertThatThrownBy(() -> score("PGIC", 8)).isInstanceOf(InvalidOutcomeException.class);
    }

    @Test
    void startBackSumsItemsWithItemNineCountingOnlyVeryMuchOrExtremely() {
        // items 1-8: 1,1,0,1,0,0,0,0; item 9 "Moderately" (2) scores 0 -> total 3, low risk.
        Score low = score("STARTBACK", 1, 1, 0, 1, 0, 0, 0, 0, 2);
        assertThat(low.value()).isEqualByComparingTo("3");
        assertThat(low.riskGroup()).isEqualTo("LOW");
        // 1,1,1,1,0,1,1,0 + "Very much" (3) scores 1 -> total 7, subscale (5-9) 0+1+1+0+1 = 3: medium.
        Score medium = score("STARTBACK", 1, 1, 1, 1, 0, 1, 1, 0, 3);
        assertThat(medium.value()).isEqualByComparingTo("7");
        assertThat(medium.subscale()).isEqualTo(3);
        assertThat(medium.riskGroup()).isEqualTo("MEDIUM");
        // 0,0,0,0,1,1,1,0 + "Extremely" (4) -> total 4, subscale 4: high.
        Score high = score("STARTBACK", 0, 0, 0, 0, 1, 1, 1, 0, 4);
        assertThat(high.value()).isEqualByComparingTo("4");
        assertThat(high.riskGroup()).isEqualTo("HIGH");
    }

    @Test
    void schoberAndFingertipAreMeasurementsInCentimetres() {
        assertThat(value("SCHOBER", 4.5)).isEqualByComparingTo("4.5");
        assertThat(value("FINGERTIP_FLOOR", 12)).isEqualByComparingTo("12");
        assertThatThrownBy(() -> score("SCHOBER", 4.55)).isInstanceOf(InvalidOutcomeException.class);
        assertThatThrownBy(() -> score("FINGERTIP_FLOOR", -1)).isInstanceOf(InvalidOutcomeException.class);
    }

    @Test
    void stressAndTensionAreSimpleRatings() {
        assertThat(value("STRESS", 6)).isEqualByComparingTo("6");
        assertThat(value("TENSION", 3)).isEqualByComparingTo("3");
        assertThat(Instruments.definition("STRESS").simpleRating()).isTrue();
        assertThat(Instruments.definition("TENSION").simpleRating()).isTrue();
        assertThat(Instruments.definition("RMDQ").simpleRating()).isFalse();
    }
}
