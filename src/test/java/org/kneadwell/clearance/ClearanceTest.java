package org.kneadwell.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.kneadwell.clearance.Scopes.scope;
import static org.kneadwell.shared.Technique.*;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kneadwell.screening.policy.Heat;

/** A clearance's validity window and the scope values that cannot be wrong on their face. */
class ClearanceTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 3, 2);
    private static final LocalDate UNTIL = LocalDate.of(2026, 6, 30);

    private static Clearance until(LocalDate validUntil) {
        return new Clearance(UUID.randomUUID(), "Dr Ada Okafor", DECIDED, validUntil, scope().build());
    }

    @Test
    void countsFromTheDecisionThroughTheValidUntilDateInclusive() {
        Clearance clearance = until(UNTIL);

        assertThat(clearance.isValidOn(DECIDED.minusDays(1))).isFalse();
        assertThat(clearance.isValidOn(DECIDED)).isTrue();
        assertThat(clearance.isValidOn(UNTIL)).isTrue();
        assertThat(clearance.isValidOn(UNTIL.plusDays(1))).isFalse();
        assertThat(clearance.isExpiredOn(UNTIL)).isFalse();
        assertThat(clearance.isExpiredOn(UNTIL.plusDays(1))).isTrue();
    }

    @Test
    void expiresWithinFourteenDaysCountsTheLastDay() {
        Clearance clearance = until(UNTIL);

        assertThat(clearance.expiresWithin(UNTIL.minusDays(15), 14)).isFalse();
        assertThat(clearance.expiresWithin(UNTIL.minusDays(14), 14)).isTrue();
        assertThat(clearance.expiresWithin(UNTIL, 14)).isTrue();
        assertThat(clearance.expiresWithin(UNTIL.plusDays(1), 14)).as("expired, not expiring").isFalse();
    }

    @Test
    void refusesAValidUntilBeforeTheDecisionOrMoreThanTwelveMonthsAhead() {
        assertThatIllegalArgumentException().isThrownBy(() -> until(DECIDED.minusDays(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> until(DECIDED.plusMonths(12).plusDays(1)));
        assertThat(until(DECIDED).isValidOn(DECIDED)).isTrue();
        assertThat(until(DECIDED.plusMonths(12)).isValidOn(DECIDED.plusMonths(12))).isTrue();
    }

    @Test
    void refusesAClearanceWithoutAClinician() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Clearance(UUID.randomUUID(), " ", DECIDED, UNTIL, scope().build()));
    }

    @Test
    void aPermittedTechniqueMustHaveAPressureCap() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> scope().permit(DEEP_TISSUE, "ANTICOAGULANT_THERAPY").build())
                .withMessageContaining("DEEP_TISSUE").withMessageContaining("pressure cap");
    }

    @Test
    void aPermissionNeedsItsTechniqueInTheScope() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> scope().only(SWEDISH).permit(DEEP_TISSUE, "ANTICOAGULANT_THERAPY").build());
    }

    @Test
    void refusesAnEmptyScopeAndCapsOutsideWaltonZeroToFive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ClearanceScope(Set.of(), null, null, Heat.STANDARD, null, false, null));
        assertThatIllegalArgumentException().isThrownBy(() -> scope().cap(SWEDISH, 6).build());
        assertThatIllegalArgumentException().isThrownBy(() -> scope().cap(SWEDISH, -1).build());
        assertThatIllegalArgumentException().isThrownBy(() -> scope().only(SWEDISH).cap(HOT_STONE, 2).build());
    }

    @Test
    void copiesWhatItIsGivenAndTreatsNullsAsNone() {
        ClearanceScope scope = new ClearanceScope(Set.of(SWEDISH), Map.of(SWEDISH, 2), null, Heat.WARM_ONLY, null,
                false, null);

        assertThat(scope.avoidRegions()).isEmpty();
        assertThat(scope.permissions()).isEmpty();
        assertThat(scope.precautions()).isEmpty();
        assertThat(scope.capFor(SWEDISH)).contains(2);
        assertThat(scope.capFor(DEEP_TISSUE)).isEmpty();
    }
}
