package org.kneadwell.clearance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.kneadwell.screening.policy.Heat;
import org.kneadwell.screening.policy.Reason;
import org.kneadwell.screening.policy.ReasonNames;
import org.kneadwell.screening.policy.ScreeningResult;
import org.kneadwell.screening.policy.TechniqueStatus;
import org.kneadwell.screening.policy.TechniqueVerdict;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.RegionWords;
import org.kneadwell.shared.Technique;

/**
 * Applies a counting clearance to one technique's base verdict. The scope narrows what the screen allows (the
 * lowest cap, the union of regions, the most restrictive heat); only a named permission for every contraindicating
 * reason, none absolute, turns a contraindication into a restricted technique, at the clinician's cap.
 */
final class ClearedTechnique {

    private ClearedTechnique() {
    }

    static EffectiveVerdict apply(TechniqueVerdict base, List<TechniqueVerdict> allBase, ScreeningResult screen,
            Clearance clearance) {
        ClearanceScope scope = clearance.scope();
        Technique technique = base.technique();
        if (!scope.includes(technique)) {
            List<Limit> limits = Limits.fromScreen(base);
            limits.add(new Limit(LimitSource.NOT_IN_SCOPE, "NOT_IN_SCOPE",
                    Limits.by(clearance) + ", does not include this technique.", List.of()));
            return new EffectiveVerdict(technique, false, base.status(), base.maxPressure(), base.heat(),
                    base.avoidRegions(), limits);
        }
        if (base.status() == TechniqueStatus.CONTRAINDICATED) {
            return permitted(base, allBase, screen, clearance);
        }
        return narrowed(base, clearance);
    }

    /** A contraindicated technique: allowed only if every reason is lifted by a permission and none is absolute. */
    private static EffectiveVerdict permitted(TechniqueVerdict base, List<TechniqueVerdict> allBase,
            ScreeningResult screen, Clearance clearance) {
        ClearanceScope scope = clearance.scope();
        Technique technique = base.technique();
        Optional<Integer> cap = scope.capFor(technique);
        boolean lifted = cap.isPresent();
        for (Reason reason : base.reasons()) {
            lifted &= reason.condition().filter(condition -> scope.permits(technique, condition)
                    && !AbsoluteContraindications.isAbsolute(condition, screen)).isPresent();
        }
        Heat heat = technique == Technique.HOT_STONE ? scope.heat() : otherHeat(scope);
        if (!lifted || (heat == Heat.NONE && technique == Technique.HOT_STONE)) {
            return EffectiveSafety.contraindicated(technique, Limits.fromScreen(base));
        }
        List<Limit> limits = new ArrayList<>();
        for (Reason reason : base.reasons()) {
            limits.add(new Limit(LimitSource.PERMISSION, reason.code(), "Permitted despite " + ReasonNames.of(reason) + " ("
                    + Limits.by(clearance) + "): " + reason.text(), reason.sources()));
        }
        limits.add(Limits.clearance(clearance, "CLEARED", "permitted at pressure " + cap.get() + " at most"));
        Set<BodyRegion> avoid = EnumSet.noneOf(BodyRegion.class);
        avoid.addAll(scope.avoidRegions());
        for (TechniqueVerdict other : allBase) {
            avoid.addAll(other.avoidRegions()); // the CI verdict dropped them; every region the screen avoids stays
        }
        addScopeLimits(limits, clearance, Heat.STANDARD, EnumSet.noneOf(BodyRegion.class), technique);
        return new EffectiveVerdict(technique, true, TechniqueStatus.RESTRICTED, cap.get(), heat, new TreeSet<>(avoid),
                limits);
    }

    /** A technique the screen allows: the scope can only narrow it. */
    private static EffectiveVerdict narrowed(TechniqueVerdict base, Clearance clearance) {
        ClearanceScope scope = clearance.scope();
        Technique technique = base.technique();
        int cap = Math.min(base.maxPressure(), scope.capFor(technique).orElse(TechniqueVerdict.NO_CAP));
        Heat heat = technique == Technique.HOT_STONE ? base.heat().and(scope.heat()) : otherHeat(scope);
        Set<BodyRegion> avoid = EnumSet.noneOf(BodyRegion.class);
        avoid.addAll(base.avoidRegions());
        avoid.addAll(scope.avoidRegions());
        List<Limit> limits = Limits.fromScreen(base);
        if (heat == Heat.NONE && technique == Technique.HOT_STONE) {
            limits.add(Limits.clearance(clearance, "HEAT", "no heat, so no hot stone"));
            return EffectiveSafety.contraindicated(technique, limits);
        }
        if (cap < base.maxPressure()) {
            limits.add(Limits.clearance(clearance, "PRESSURE_CAP", "pressure " + cap + " at most"));
        }
        addScopeLimits(limits, clearance, base.heat(), base.avoidRegions(), technique);
        TechniqueStatus status = limits.isEmpty() ? TechniqueStatus.SUITABLE : TechniqueStatus.RESTRICTED;
        return new EffectiveVerdict(technique, true, status, cap, heat, new TreeSet<>(avoid), limits);
    }

    /**
     * Heat for the techniques other than hot stone: none when the clearance allows no heat at all (contract §5.7),
     * else no heat limit.
     */
    private static Heat otherHeat(ClearanceScope scope) {
        return scope.heat() == Heat.NONE ? Heat.NONE : Heat.STANDARD;
    }

    /** The clearance's regions, heat and precautions where they narrow the base. */
    private static void addScopeLimits(List<Limit> limits, Clearance clearance, Heat baseHeat,
            Set<BodyRegion> baseAvoid, Technique technique) {
        ClearanceScope scope = clearance.scope();
        Set<BodyRegion> added = EnumSet.noneOf(BodyRegion.class);
        added.addAll(scope.avoidRegions());
        added.removeAll(baseAvoid);
        if (!added.isEmpty()) {
            limits.add(Limits.clearance(clearance, "AVOID_REGIONS", "avoid " + RegionWords.describe(added)));
        }
        if (technique == Technique.HOT_STONE && scope.heat().compareTo(baseHeat) < 0) {
            limits.add(Limits.clearance(clearance, "HEAT", scope.heat() == Heat.WARM_ONLY ? "warm stones only"
                    : "no heat"));
        } else if (technique != Technique.HOT_STONE && scope.heat() == Heat.NONE) {
            limits.add(Limits.clearance(clearance, "HEAT", "no heat (no heat packs, heated oil or stones)"));
        }
        if (!scope.precautions().isEmpty()) {
            limits.add(Limits.clearance(clearance, "PRECAUTIONS", scope.precautions()));
        }
    }
}
