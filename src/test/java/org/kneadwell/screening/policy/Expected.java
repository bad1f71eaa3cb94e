package org.kneadwell.screening.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.kneadwell.shared.BodyRegion;

/**
 * A technique verdict written the short way the contract's table writes it: {@code CI}, {@code OK} (suitable),
 * or restrictions such as {@code p2 warm CHEST,SACRUM} (cap, heat, avoided regions in any order).
 */
record Expected(TechniqueStatus status, int maxPressure, Heat heat, List<BodyRegion> regions) {

    static Expected parse(String cell) {
        String text = cell.strip();
        if (text.equals("CI")) {
            return new Expected(TechniqueStatus.CONTRAINDICATED, 0, Heat.NONE, List.of());
        }
        if (text.equals("OK")) {
            return new Expected(TechniqueStatus.SUITABLE, 5, Heat.STANDARD, List.of());
        }
        int cap = 5;
        Heat heat = Heat.STANDARD;
        List<BodyRegion> regions = new ArrayList<>();
        for (String part : text.split("\\s+")) {
            if (part.matches("p[0-5]")) {
                cap = part.charAt(1) - '0';
            } else if (part.equals("warm")) {
                heat = Heat.WARM_ONLY;
            } else {
                for (String region : part.split(",")) {
                    regions.add(BodyRegion.expand(region).orElseThrow().iterator().next());
                }
            }
        }
        return new Expected(TechniqueStatus.RESTRICTED, cap, heat, regions);
    }

    void assertMatches(TechniqueVerdict verdict) {
        assertThat(verdict.status()).as(verdict.technique() + " status").isEqualTo(status);
        assertThat(verdict.maxPressure()).as(verdict.technique() + " pressure").isEqualTo(maxPressure);
        assertThat(verdict.heat()).as(verdict.technique() + " heat").isEqualTo(heat);
        assertThat(verdict.avoidRegions()).as(verdict.technique() + " regions").containsExactlyInAnyOrderElementsOf(regions);
    }
}
