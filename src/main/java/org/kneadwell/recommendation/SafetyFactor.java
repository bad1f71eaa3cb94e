package org.kneadwell.recommendation;

import java.util.Optional;

import org.kneadwell.screening.policy.Heat;

/**
 * Limits on an allowed technique. A restricted option loses a little, so among equals the unrestricted one comes
 * first; one whose pressure cap is below the technique's usual level loses more, because it can no longer be given
 * as usually practised (Walton levels [S44]). Its limits are always named.
 */
final class SafetyFactor {

    static final double RESTRICTED = -0.5;
    static final double BELOW_TYPICAL = -1.0;

    private SafetyFactor() {
    }

    static Optional<Factor> of(TechniqueOption option) {
        if (!option.restricted()) {
            return Optional.empty();
        }
        TypicalPressure typical = TypicalPressure.of(option.technique());
        boolean belowTypical = option.maxPressure() < typical.low;
        String limits = String.join("; ", option.limits());
        String cap = option.maxPressure() == TechniqueOption.NO_CAP ? "No pressure cap"
                : "Walton cap " + option.maxPressure() + " of 5";
        String clinical = "Restricted today: " + limits + ". " + cap
                + (option.heat() == Heat.WARM_ONLY ? ", stones warm only" : "")
                + (belowTypical ? ", below its " + typical.clinical + ", so not deliverable as usually practised" : "")
                + " [S44]";
        String plain = "Limits today: " + limits + "."
                + (belowTypical ? " That is gentler than this massage is usually done." : "");
        return Optional.of(new Factor(Factor.SAFETY_LIMIT, RESTRICTED + (belowTypical ? BELOW_TYPICAL : 0),
                clinical, plain, Cited.tags("S44")));
    }
}
