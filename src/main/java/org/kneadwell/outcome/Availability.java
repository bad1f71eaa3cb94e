package org.kneadwell.outcome;

/**
 * Whether the clinic can use an instrument, and if not, why (its wording is licensed and the clinic has not
 * supplied it, or the supplied file does not match the definition).
 */
public record Availability(Instrument instrument, boolean available, String reason) {

    static Availability ready(Instrument instrument) {
        return new Availability(instrument, true, null);
    }

    static Availability unavailable(Instrument instrument, String reason) {
        return new Availability(instrument, false, reason);
    }
}
