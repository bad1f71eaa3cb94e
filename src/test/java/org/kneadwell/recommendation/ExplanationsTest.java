package org.kneadwell.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kneadwell.shared.Technique.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.kneadwell.screening.policy.Heat;
import org.kneadwell.screening.policy.SourceCatalogue;
import org.kneadwell.screening.policy.StartBackRisk;
import org.kneadwell.shared.Goal;
import org.kneadwell.shared.Technique;

/** Every factor speaks in both voices, and every clinical claim cites a source of clinical-reference §11. */
class ExplanationsTest {

    private static final Pattern TAG = Pattern.compile("\\[(S[0-9]+)]");
    private final SourceCatalogue catalogue = SourceCatalogue.load();

    /** Rankings that between them produce every kind of factor and every branch of each. */
    private static List<Recommendation> varied() {
        List<Recommendation> all = new ArrayList<>();
        for (StartBackRisk risk : new StartBackRisk[] {null, StartBackRisk.LOW, StartBackRisk.MEDIUM, StartBackRisk.HIGH}) {
            all.add(APatient.withNothingStated().wanting(Goal.values()).atStartBackRisk(risk).ranked());
        }
        for (String pressure : new String[] {"LIGHT", "MEDIUM", "FIRM"}) {
            all.add(APatient.withNothingStated().wanting(Goal.PAIN_RELIEF)
                    .preferring(new Preferences(pressure, "LIKE", Set.of(SWEDISH), Set.of(TRIGGER_POINT)))
                    .safetyToday(new TechniqueOption(HOT_STONE, true, 2, Heat.WARM_ONLY, List.of("warm stones only")))
                    .safetyToday(TechniqueOption.forbidden(DEEP_TISSUE, "on hold after red flags"))
                    .afterSession(SWEDISH, 7, 4).afterSession(MYOFASCIAL_RELEASE, 3, 5).ranked());
        }
        return all;
    }

    @Test
    void everyFactorHasBothVoicesAndCitesKnownSources() {
        List<Factor> factors = varied().stream().flatMap(r -> r.ranked().stream())
                .flatMap(ranked -> ranked.factors().stream()).toList();

        assertThat(factors).extracting(Factor::kind).contains(Factor.GOALS, Factor.PREFERENCE, Factor.EVIDENCE,
                Factor.STRATUM, Factor.HISTORY, Factor.SAFETY_LIMIT);
        assertThat(factors).allSatisfy(factor -> {
            assertThat(factor.plainText()).isNotBlank();
            assertThat(citedIn(factor.clinicalText())).as(factor.clinicalText()).isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(factor.sources())
                    .allSatisfy(tag -> assertThat(catalogue.citation(tag)).as(tag).isPresent());
        });
    }

    @Test
    void packageAdviceAndTheBenefitMapCiteKnownSources() {
        varied().stream().flatMap(r -> r.packageAdvice().stream()).forEach(advice ->
                assertThat(advice.sources()).allSatisfy(tag -> assertThat(catalogue.citation(tag)).isPresent()));
        for (Technique technique : Technique.values()) {
            for (Goal goal : Goal.values()) {
                assertThat(BenefitMap.of(technique, goal).sources()).as(technique + " " + goal).isNotEmpty()
                        .allSatisfy(tag -> assertThat(catalogue.citation(tag)).as(tag).isPresent());
            }
        }
    }

    @Test
    void plainTextsCarryNoSourceTagsOrCodes() {
        varied().stream().flatMap(r -> r.ranked().stream()).flatMap(ranked -> ranked.factors().stream())
                .forEach(factor -> assertThat(factor.plainText()).doesNotContain("[S").doesNotContain("MCID")
                        .doesNotContain("NPRS").doesNotContain("Walton"));
    }

    @Test
    void scoresAreTheSumOfTheirFactors() {
        varied().stream().flatMap(r -> r.ranked().stream()).forEach(ranked -> assertThat(ranked.score())
                .isCloseTo(ranked.factors().stream().mapToDouble(Factor::contribution).sum(),
                        Offset.offset(0.005)));
    }

    private static Set<String> citedIn(String text) {
        Set<String> tags = new LinkedHashSet<>();
        Matcher matcher = TAG.matcher(text);
        while (matcher.find()) {
            tags.add(matcher.group(1));
        }
        return tags;
    }
}
