package org.kneadwell.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kneadwell.shared.BodyRegion.GLUTEAL_LEFT;
import static org.kneadwell.shared.BodyRegion.LOWER_BACK_LEFT;
import static org.kneadwell.shared.BodyRegion.LOWER_BACK_RIGHT;
import static org.kneadwell.shared.BodyRegion.NECK;
import static org.kneadwell.shared.BodyRegion.SACRUM;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kneadwell.shared.BodyRegion;

/** The body-map view says which places stopped hurting, which are new, and which remain (issue 12 item 6). */
class PainMapChangeTest {

    private static PainMap map(String at, PainMap.Source source, BodyRegion... regions) {
        return new PainMap(Instant.parse(at), source, Set.of(regions));
    }

    @Test
    void theFirstAndLatestMapsSayWhatStoppedHurtingWhatIsNewAndWhatRemains() {
        PainMap intake = map("2026-09-01T10:00:00Z", PainMap.Source.INTAKE, LOWER_BACK_LEFT, LOWER_BACK_RIGHT, SACRUM,
                GLUTEAL_LEFT);
        PainMap latest = map("2026-11-24T10:00:00Z", PainMap.Source.SESSION, LOWER_BACK_LEFT, NECK);

        PainMapChange change = PainMapChange.between(intake, latest);

        assertThat(change.gone()).containsExactlyInAnyOrder(LOWER_BACK_RIGHT, SACRUM, GLUTEAL_LEFT);
        assertThat(change.added()).containsExactly(NECK);
        assertThat(change.still()).containsExactly(LOWER_BACK_LEFT);
        assertThat(change.single()).isFalse();
    }

    @Test
    void aSingleReportHasNothingToCompare() {
        PainMap intake = map("2026-09-01T10:00:00Z", PainMap.Source.INTAKE, LOWER_BACK_LEFT);

        PainMapChange change = PainMapChange.between(intake, intake);

        assertThat(change.single()).isTrue();
        assertThat(change.gone()).isEmpty();
        assertThat(change.added()).isEmpty();
    }
}
