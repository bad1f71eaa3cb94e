package org.kneadwell.shared;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The coded body map (screening contract §1): the pain map, the treated-areas map and avoided regions all use
 * these codes. Input may also name a group ({@code LOWER_BACK}, {@code LEGS}, {@code BACK}), which expands to
 * its regions.
 */
public enum BodyRegion {
    HEAD, NECK, ANTERIOR_NECK, SHOULDER_LEFT, SHOULDER_RIGHT, UPPER_BACK_LEFT, UPPER_BACK_RIGHT,
    MID_BACK_LEFT, MID_BACK_RIGHT, LOWER_BACK_LEFT, LOWER_BACK_RIGHT, SACRUM, GLUTEAL_LEFT,
    GLUTEAL_RIGHT, ARM_LEFT, ARM_RIGHT, CHEST, ABDOMEN, POSTERIOR_THIGH_LEFT,
    POSTERIOR_THIGH_RIGHT, ANTERIOR_THIGH_LEFT, ANTERIOR_THIGH_RIGHT, CALF_LEFT, CALF_RIGHT,
    FOOT_LEFT, FOOT_RIGHT;

    /** Both lower-back regions. */
    public static final Set<BodyRegion> LOWER_BACK = EnumSet.of(LOWER_BACK_LEFT, LOWER_BACK_RIGHT);
    /** Thighs, calves and feet on both sides. */
    public static final Set<BodyRegion> LEGS = EnumSet.of(POSTERIOR_THIGH_LEFT, POSTERIOR_THIGH_RIGHT,
            ANTERIOR_THIGH_LEFT, ANTERIOR_THIGH_RIGHT, CALF_LEFT, CALF_RIGHT, FOOT_LEFT, FOOT_RIGHT);
    /** Upper, mid and lower back on both sides, and the sacrum. */
    public static final Set<BodyRegion> BACK = EnumSet.of(UPPER_BACK_LEFT, UPPER_BACK_RIGHT, MID_BACK_LEFT,
            MID_BACK_RIGHT, LOWER_BACK_LEFT, LOWER_BACK_RIGHT, SACRUM);

    private static final Map<String, Set<BodyRegion>> GROUPS = Map.of("LOWER_BACK", LOWER_BACK, "LEGS", LEGS,
            "BACK", BACK);

    /** The regions a code or group name stands for; empty if it is neither. */
    public static Optional<Set<BodyRegion>> expand(String codeOrGroup) {
        if (codeOrGroup == null) {
            return Optional.empty();
        }
        String code = codeOrGroup.strip().toUpperCase(Locale.ROOT);
        if (GROUPS.containsKey(code)) {
            return Optional.of(EnumSet.copyOf(GROUPS.get(code)));
        }
        for (BodyRegion region : values()) {
            if (region.name().equals(code)) {
                return Optional.of(EnumSet.of(region));
            }
        }
        return Optional.empty();
    }
}
