package org.kneadwell.clearance;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.kneadwell.screening.policy.Heat;
import org.kneadwell.shared.BodyRegion;
import org.kneadwell.shared.Technique;

/** A fluent builder of clearance scopes and clearances for tests: every technique, no limits, until narrowed. */
final class Scopes {

    static final LocalDate DECIDED = LocalDate.of(2026, 3, 2);
    static final LocalDate VALID_UNTIL = LocalDate.of(2026, 6, 30);
    static final String CLINICIAN = "Dr Ada Okafor";

    private final Set<Technique> techniques = EnumSet.allOf(Technique.class);
    private final Map<Technique, Integer> caps = new EnumMap<>(Technique.class);
    private final Set<BodyRegion> avoid = EnumSet.noneOf(BodyRegion.class);
    private final Set<Permission> permissions = new LinkedHashSet<>();
    private Heat heat = Heat.STANDARD;
    private String precautions = "";
    private boolean liftsHold;

    static Scopes scope() {
        return new Scopes();
    }

    Scopes only(Technique... allowed) {
        techniques.clear();
        techniques.addAll(Set.of(allowed));
        return this;
    }

    Scopes cap(Technique technique, int cap) {
        caps.put(technique, cap);
        return this;
    }

    Scopes avoid(BodyRegion... regions) {
        avoid.addAll(Set.of(regions));
        return this;
    }

    Scopes heat(Heat allowed) {
        heat = allowed;
        return this;
    }

    Scopes precautions(String text) {
        precautions = text;
        return this;
    }

    Scopes liftingHold() {
        liftsHold = true;
        return this;
    }

    Scopes permit(Technique technique, String restrictionCode) {
        permissions.add(new Permission(technique, org.kneadwell.screening.policy.ConditionCode.valueOf(restrictionCode)));
        return this;
    }

    ClearanceScope build() {
        return new ClearanceScope(techniques, caps, avoid, heat, precautions, liftsHold, permissions);
    }

    /** A clearance decided on {@link #DECIDED}, valid until {@link #VALID_UNTIL}. */
    Clearance clearance() {
        return new Clearance(UUID.randomUUID(), CLINICIAN, DECIDED, VALID_UNTIL, build());
    }
}
