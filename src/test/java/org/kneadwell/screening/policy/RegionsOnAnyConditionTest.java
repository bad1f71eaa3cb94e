package org.kneadwell.screening.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kneadwell.screening.policy.ConditionCode.DVT;
import static org.kneadwell.shared.BodyRegion.CALF_LEFT;
import static org.kneadwell.shared.BodyRegion.CHEST;
import static org.kneadwell.shared.BodyRegion.SACRUM;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;

/**
 * Screening contract §2.2, "Regions on input": every condition accepts regions and keeps them, and they change
 * no verdict unless the condition's row names regions.
 */
class RegionsOnAnyConditionTest {

    private static ScreeningResult evaluate(ConditionEntry entry) {
        return ScreeningEngine.evaluate(ScreeningInput.ofWeeks(20).withPainIntensity(5).withConditions(entry),
                ScreeningPolicy.reference());
    }

    private static ConditionEntry entry(ConditionCode code, Set<BodyRegion> regions) {
        return new ConditionEntry(code, regions, code.takesWeeks() ? 20 : null, false, false);
    }

    static Stream<ConditionCode> conditionsWhoseRowNamesNoRegions() {
        return Arrays.stream(ConditionCode.values()).filter(code -> code.regions() == ConditionCode.Regions.NOTED);
    }

    @Test
    void aDvtInTheLeftCalfIsKeptAndEvaluatesExactlyLikeADvtWithoutRegions() {
        ConditionEntry inTheCalf = ConditionEntry.at(DVT, CALF_LEFT);

        assertThat(inTheCalf.regions()).containsExactly(CALF_LEFT);
        assertThat(evaluate(inTheCalf)).isEqualTo(evaluate(ConditionEntry.of(DVT)));
        assertThat(evaluate(inTheCalf).techniques()).allSatisfy(
                verdict -> assertThat(verdict.status()).isEqualTo(TechniqueStatus.CONTRAINDICATED));
    }

    @ParameterizedTest
    @MethodSource("conditionsWhoseRowNamesNoRegions")
    void regionsOnAConditionWhoseRowNamesNoneChangeNoVerdict(ConditionCode code) {
        ConditionEntry placed = entry(code, Set.of(CHEST, SACRUM));

        assertThat(placed.regions()).containsExactlyInAnyOrder(CHEST, SACRUM);
        assertThat(evaluate(placed)).isEqualTo(evaluate(entry(code, Set.of())));
    }

    @Test
    void onlyConditionsWhoseRowsAvoidTheRecordedRegionsAreMarkedAsActingOnThem() {
        for (ConditionCode code : ConditionCode.values()) {
            boolean rowNamesRegions = ConditionTable.ROWS.stream().filter(row -> row.code() == code)
                    .flatMap(row -> Arrays.stream(Technique.values()).map(row::effectOn))
                    .anyMatch(Effect::entryRegions);
            assertThat(code.regions() != ConditionCode.Regions.NOTED).as(code.name()).isEqualTo(rowNamesRegions);
        }
    }

    @Test
    void regionsStillChangeTheVerdictWhereTheRowNamesThem() {
        ConditionEntry lesion = ConditionEntry.at(ConditionCode.SKIN_LESION, CALF_LEFT);

        assertThat(evaluate(lesion).verdict(Technique.SWEDISH).avoidRegions()).containsExactly(CALF_LEFT);
    }
}
