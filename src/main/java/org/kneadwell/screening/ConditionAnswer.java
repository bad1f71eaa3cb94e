package org.kneadwell.screening;

import java.util.Set;

import org.kneadwell.shared.BodyRegion;

/**
 * One condition the patient reported, by its screening-contract code, with the extra answers some conditions
 * take: where on the body, weeks of pregnancy and whether it is high-risk, whether a skin lesion is contagious.
 */
public record ConditionAnswer(String code, Set<BodyRegion> regions, Integer weeks, boolean highRisk,
        boolean contagious) {

    public ConditionAnswer {
        regions = regions == null ? Set.of() : Set.copyOf(regions);
    }
}
