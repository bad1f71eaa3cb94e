package org.kneadwell.screening.policy;

/**
 * How hot the stones may be (screening contract §1), most restrictive first. Only hot stone uses heat;
 * the other four techniques report {@code STANDARD} unless they are contraindicated.
 */
public enum Heat {
    /** No heat: hot stone is then contraindicated. */
    NONE,
    /** Warm, not hot, with frequent skin checks. */
    WARM_ONLY,
    /** The working range, 49–54 °C (120–130 °F). */
    STANDARD;

    /**
     * The hottest stone, in °C, this heat allows [S65][S66]: the working range tops out at 54 °C (130 °F), above
     * which stones are too hot to handle safely; warm-only means no hotter than the range's lower end, 49 °C
     * (about 120 °F, the lower temperature suggested where heat must be gentle [S58]); no heat allows no stone.
     */
    public double maxStoneTemperatureC() {
        return switch (this) {
            case NONE -> 0;
            case WARM_ONLY -> WARM_MAX_C;
            case STANDARD -> STANDARD_MAX_C;
        };
    }

    /** The top of the contract's standard working range (49–54 °C): no stone may be hotter, whatever is allowed. */
    public static final double STANDARD_MAX_C = 54;
    /** The top of "warm, not hot" [S58]. */
    public static final double WARM_MAX_C = 49;

    /** The more restrictive of the two. */
    public Heat and(Heat other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
