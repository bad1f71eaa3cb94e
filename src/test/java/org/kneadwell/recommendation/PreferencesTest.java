package org.kneadwell.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.kneadwell.recommendation.APatient.entry;
import static org.kneadwell.recommendation.APatient.order;
import static org.kneadwell.shared.Goal.PAIN_RELIEF;
import static org.kneadwell.shared.Technique.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kneadwell.screening.policy.Heat;
import org.kneadwell.shared.Technique;

/** Stated preferences reorder what is safe: a dislike sinks a technique, and pressure meets today's cap. */
class PreferencesTest {

    private static Preferences disliking(Technique technique) {
        return new Preferences(null, null, Set.of(), Set.of(technique));
    }

    @Test
    void aDislikedTechniqueSinksBelowOnesWithWeakerEvidence() {
        Recommendation recommendation = APatient.withNothingStated().wanting(PAIN_RELIEF)
                .preferring(disliking(SWEDISH)).ranked();

        assertThat(order(recommendation)).startsWith(DEEP_TISSUE, MYOFASCIAL_RELEASE);
        assertThat(entry(recommendation, SWEDISH).factor(Factor.PREFERENCE).orElseThrow().plainText())
                .containsIgnoringCase("you said you do not like it");
    }

    @Test
    void withoutGoalsADislikedTechniqueGoesLast() {
        assertThat(order(APatient.withNothingStated().preferring(disliking(SWEDISH)).ranked())).endsWith(SWEDISH);
    }

    @Test
    void aLikedTechniqueRises() {
        Recommendation recommendation = APatient.withNothingStated()
                .preferring(new Preferences(null, null, Set.of(TRIGGER_POINT), Set.of())).ranked();

        assertThat(order(recommendation).indexOf(TRIGGER_POINT)).isLessThan(order(recommendation).indexOf(HOT_STONE));
        assertThat(entry(recommendation, TRIGGER_POINT).rank()).isLessThan(4);
    }

    @Test
    void firmPressureUnderALowCapGetsANoteInsteadOfABonus() {
        String cap = "pressure at most level 2 (clearance by Dr Shah until 3 Mar)";
        Recommendation recommendation = APatient.withNothingStated()
                .preferring(new Preferences("FIRM", null, Set.of(), Set.of()))
                .safetyToday(new TechniqueOption(DEEP_TISSUE, true, 2, Heat.STANDARD, List.of(cap)))
                .ranked();

        Factor deepTissue = entry(recommendation, DEEP_TISSUE).factor(Factor.PREFERENCE).orElseThrow();
        assertThat(deepTissue.contribution()).isZero();
        assertThat(deepTissue.clinicalText()).contains("today's cap is level 2");
        assertThat(deepTissue.plainText()).contains("today the pressure must stay at level 2 of 5 or lighter");
        assertThat(entry(recommendation, TRIGGER_POINT).factor(Factor.PREFERENCE).orElseThrow().contribution())
                .isPositive();
    }

    @Test
    void heatPreferenceMovesHotStoneOnly() {
        List<Technique> liking = order(APatient.withNothingStated()
                .preferring(new Preferences(null, "LIKE", Set.of(), Set.of())).ranked());
        List<Technique> avoiding = order(APatient.withNothingStated()
                .preferring(new Preferences(null, "AVOID", Set.of(), Set.of())).ranked());

        assertThat(liking.indexOf(HOT_STONE)).isLessThan(liking.indexOf(TRIGGER_POINT));
        assertThat(avoiding).endsWith(HOT_STONE);
        assertThat(liking).containsSubsequence(SWEDISH, DEEP_TISSUE, MYOFASCIAL_RELEASE);
    }

    @Test
    void refusesUnknownOrContradictoryPreferences() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Preferences("HARD", null, Set.of(), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Preferences(null, "HOT", Set.of(), Set.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Preferences(null, null, Set.of(SWEDISH), Set.of(SWEDISH)));
    }
}
