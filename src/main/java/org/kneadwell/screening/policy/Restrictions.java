package org.kneadwell.screening.policy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;

/**
 * Collects what the matched rows do to one technique and combines it as screening contract §2.3 says: CI beats
 * R beats SUITABLE, the lowest cap, the most restrictive heat, the union of regions.
 */
final class Restrictions {

    static final String TREATMENT_REGIONS_AVOIDED = "TREATMENT_REGIONS_AVOIDED";

    private final Technique technique;
    private boolean contraindicated;
    private int maxPressure = TechniqueVerdict.NO_CAP;
    private Heat heat = Heat.STANDARD;
    private final Set<BodyRegion> avoid = EnumSet.noneOf(BodyRegion.class);
    private final Set<Reason> contraindications = new LinkedHashSet<>();
    private final Set<Reason> limits = new LinkedHashSet<>();
    private final Set<String> regionSources = new LinkedHashSet<>();

    Restrictions(Technique technique) {
        this.technique = technique;
    }

    void add(Effect effect, ConditionEntry entry, Reason reason) {
        if (effect.contraindicated()) {
            contraindicated = true;
            contraindications.add(reason);
            return;
        }
        Set<BodyRegion> regions = effect.regionsFor(entry);
        maxPressure = Math.min(maxPressure, effect.maxPressure());
        heat = heat.and(effect.heat());
        avoid.addAll(regions);
        if (!regions.isEmpty()) {
            regionSources.addAll(reason.sources());
        }
        if (!regions.isEmpty() || effect.maxPressure() < TechniqueVerdict.NO_CAP || effect.heat() != Heat.STANDARD) {
            limits.add(reason);
        }
    }

    TechniqueVerdict verdict(Set<BodyRegion> treatmentRegions, boolean clearanceRequired) {
        if (contraindicated) {
            return contraindicated(technique, clearanceRequired, List.copyOf(contraindications));
        }
        if (technique == Technique.HOT_STONE && heat == Heat.NONE) {
            return contraindicated(technique, clearanceRequired, List.copyOf(limits)); // no heat, no hot stone
        }
        if (maxPressure == TechniqueVerdict.NO_CAP && heat == Heat.STANDARD && avoid.isEmpty()) {
            return new TechniqueVerdict(technique, TechniqueStatus.SUITABLE, TechniqueVerdict.NO_CAP, Heat.STANDARD,
                    new TreeSet<>(), clearanceRequired, List.of());
        }
        List<Reason> reasons = new ArrayList<>(limits);
        if (!treatmentRegions.isEmpty() && avoid.containsAll(treatmentRegions)) {
            reasons.add(new Reason(TREATMENT_REGIONS_AVOIDED, "Every region to be treated is one to avoid with this "
                    + "technique: the therapist decides what, if anything, can be done.", List.copyOf(regionSources)));
        }
        return new TechniqueVerdict(technique, TechniqueStatus.RESTRICTED, maxPressure, heat,
                new TreeSet<>(avoid), clearanceRequired, reasons);
    }

    static TechniqueVerdict contraindicated(Technique technique, boolean clearanceRequired, List<Reason> reasons) {
        return new TechniqueVerdict(technique, TechniqueStatus.CONTRAINDICATED, 0, Heat.NONE, new TreeSet<>(),
                clearanceRequired, reasons);
    }
}
