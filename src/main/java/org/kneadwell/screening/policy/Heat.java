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

    /** The more restrictive of the two. */
    public Heat and(Heat other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
