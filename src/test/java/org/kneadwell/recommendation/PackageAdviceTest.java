package org.kneadwell.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.kneadwell.screening.policy.StartBackRisk;
import org.kneadwell.shared.Technique;

/** NICE NG59: massage only within a package with exercise; higher STarT Back risk adds to the package [S12][S13]. */
class PackageAdviceTest {

    private static List<Explanation> adviceFor(StartBackRisk risk) {
        return APatient.withNothingStated().atStartBackRisk(risk).ranked().packageAdvice();
    }

    private static Stream<StartBackRisk> everyStratumAndNone() {
        return Stream.concat(Arrays.stream(StartBackRisk.values()), Stream.of((StartBackRisk) null));
    }

    @ParameterizedTest
    @MethodSource("everyStratumAndNone")
    void everyRankingSaysMassageWorksBestAlongsideExercise(StartBackRisk risk) {
        assertThat(adviceFor(risk).get(0)).satisfies(advice -> {
            assertThat(advice.plainText()).startsWith("Massage works best alongside exercise");
            assertThat(advice.clinicalText()).contains("[S12]");
        });
    }

    @Test
    void mediumRiskPutsMassageInAPackageWithExercise() {
        assertThat(adviceFor(StartBackRisk.MEDIUM)).anySatisfy(advice -> {
            assertThat(advice.clinicalText()).contains("medium risk: massage belongs in a package with exercise");
            assertThat(advice.sources()).contains("S12", "S13");
        }).noneSatisfy(advice -> assertThat(advice.clinicalText()).contains("psychologically informed"));
    }

    @Test
    void highRiskAddsPsychologicallyInformedCare() {
        assertThat(adviceFor(StartBackRisk.HIGH))
                .anySatisfy(advice -> assertThat(advice.clinicalText()).contains("high risk: massage belongs in a package"))
                .anySatisfy(advice -> {
                    assertThat(advice.clinicalText()).contains("psychologically informed care").contains("NG59");
                    assertThat(advice.sources()).contains("S12", "S13");
                    assertThat(advice.plainText()).contains("support");
                });
    }

    @ParameterizedTest
    @EnumSource(value = StartBackRisk.class, names = "LOW")
    @NullSource
    void lowOrUnknownRiskGetsNoPackageEscalation(StartBackRisk risk) {
        assertThat(adviceFor(risk)).noneSatisfy(advice -> assertThat(advice.clinicalText()).contains("belongs in a package"));
    }

    @Test
    void highRiskNudgesRelaxationTechniquesAndSaysItIsAnInference() {
        Recommendation recommendation = APatient.withNothingStated().atStartBackRisk(StartBackRisk.HIGH).ranked();

        Factor swedish = APatient.entry(recommendation, Technique.SWEDISH)
                .factor(Factor.STRATUM).orElseThrow();
        assertThat(swedish.contribution()).isPositive();
        assertThat(swedish.clinicalText()).contains("an inference");
    }
}
