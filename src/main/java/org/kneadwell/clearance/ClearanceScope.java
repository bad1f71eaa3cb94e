package org.kneadwell.clearance;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.kneadwell.screening.policy.ConditionCode;
import org.kneadwell.screening.policy.Heat;
import org.kneadwell.screening.policy.TechniqueVerdict;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;

/**
 * What a clinician's approval allows (issue 4, "Decisions"). A scope only narrows the screen, except where a
 * named {@link Permission} lifts a contraindication; whether a scope fits a given screen is {@link ScopeCheck}'s
 * business, this record only refuses scopes that are wrong on their face.
 *
 * @param techniques    the techniques allowed; at least one (a clinician who allows none declines instead)
 * @param pressureCaps  Walton caps 0–5 per technique in scope [S44]; a technique without one has no extra cap
 * @param avoidRegions  regions to avoid with every technique, on top of the screen's
 * @param heat          the heat allowed for hot stone: {@code STANDARD}, {@code WARM_ONLY}, or {@code NONE} (no hot stone)
 * @param precautions   free text for the therapist; blank if none
 * @param liftsHold     whether the clinician lifts a red-flag hold; an approval of a patient on hold must say so
 * @param permissions   the contraindications lifted, each for a technique in scope that then needs a pressure cap
 */
public record ClearanceScope(Set<Technique> techniques, Map<Technique, Integer> pressureCaps,
        Set<BodyRegion> avoidRegions, Heat heat, String precautions, boolean liftsHold, Set<Permission> permissions) {

    public ClearanceScope {
        if (techniques == null || techniques.isEmpty()) {
            throw new IllegalArgumentException("A clearance scope allows at least one technique");
        }
        techniques = Collections.unmodifiableSet(EnumSet.copyOf(techniques));
        pressureCaps = caps(pressureCaps, techniques);
        avoidRegions = avoidRegions == null || avoidRegions.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(avoidRegions));
        Objects.requireNonNull(heat, "heat (STANDARD, WARM_ONLY or NONE)");
        precautions = precautions == null ? "" : precautions.strip();
        permissions = permissions == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(permissions));
        for (Permission permission : permissions) {
            Objects.requireNonNull(permission, "permission");
            if (!techniques.contains(permission.technique())) {
                throw new IllegalArgumentException("A permission for " + permission.technique()
                        + " needs that technique in the scope");
            }
            if (!pressureCaps.containsKey(permission.technique())) {
                throw new IllegalArgumentException(permission.technique() + " is permitted despite "
                        + permission.restrictionCode() + ", so the clearance must set its pressure cap");
            }
        }
    }

    private static Map<Technique, Integer> caps(Map<Technique, Integer> given, Set<Technique> techniques) {
        Map<Technique, Integer> caps = new EnumMap<>(Technique.class);
        if (given != null) {
            given.forEach((technique, cap) -> {
                Objects.requireNonNull(technique, "technique of a pressure cap");
                if (cap == null || cap < 0 || cap > TechniqueVerdict.NO_CAP) {
                    throw new IllegalArgumentException("Walton pressure is 0-5, not " + cap + " for " + technique);
                }
                if (!techniques.contains(technique)) {
                    throw new IllegalArgumentException("A pressure cap for " + technique + " needs it in the scope");
                }
                caps.put(technique, cap);
            });
        }
        return Collections.unmodifiableMap(caps);
    }

    /** Whether the scope allows the technique at all. */
    public boolean includes(Technique technique) {
        return techniques.contains(technique);
    }

    /** The clinician's cap for the technique, if one was set. */
    public Optional<Integer> capFor(Technique technique) {
        return Optional.ofNullable(pressureCaps.get(technique));
    }

    /** Whether a permission lifts the given restriction for the technique. */
    public boolean permits(Technique technique, ConditionCode restrictionCode) {
        return permissions.contains(new Permission(technique, restrictionCode));
    }
}
