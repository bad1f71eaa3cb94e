package org.kneadwell.screening.policy;

import java.util.List;
import java.util.Objects;

/**
 * The triage answer: how urgently a doctor must be seen, whether massage is on hold, and every red flag,
 * condition and cause that set the tier.
 */
public record Triage(TriageTier tier, boolean massageOnHold, List<Reason> reasons) {

    public Triage {
        Objects.requireNonNull(tier, "tier");
        if (massageOnHold != tier.putsMassageOnHold()) {
            throw new IllegalArgumentException("Only EMERGENCY, URGENT and PROMPT put massage on hold");
        }
        reasons = List.copyOf(reasons);
        if (tier != TriageTier.NONE && reasons.isEmpty()) {
            throw new IllegalArgumentException("Tier " + tier + " needs its reasons");
        }
    }

    public static Triage of(TriageTier tier, List<Reason> reasons) {
        return new Triage(tier, tier.putsMassageOnHold(), reasons);
    }
}
