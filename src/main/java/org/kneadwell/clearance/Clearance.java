package org.kneadwell.clearance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A clinician's approval of treatment with a scope, in force from the day it was decided through its valid-until
 * date inclusive. An expired clearance stops counting on the day after its valid-until date (issue 4).
 *
 * @param decidedOn  the clinic day of the decision; the clearance counts from this day
 * @param validUntil the last day it counts; at most {@value #MAX_VALIDITY_MONTHS} months after the decision
 */
public record Clearance(UUID id, String clinicianName, LocalDate decidedOn, LocalDate validUntil,
        ClearanceScope scope) {

    /** Issue 4 refuses a valid-until date more than 12 months ahead. */
    public static final int MAX_VALIDITY_MONTHS = 12;

    public Clearance {
        Objects.requireNonNull(id, "id");
        if (clinicianName == null || clinicianName.isBlank()) {
            throw new IllegalArgumentException("A clearance names the clinician who gave it");
        }
        clinicianName = clinicianName.strip();
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(scope, "scope");
        if (validUntil.isBefore(decidedOn)) {
            throw new IllegalArgumentException("A clearance cannot expire (" + validUntil + ") before it was decided ("
                    + decidedOn + ")");
        }
        if (validUntil.isAfter(decidedOn.plusMonths(MAX_VALIDITY_MONTHS))) {
            throw new IllegalArgumentException("A clearance is valid for at most 12 months, not until " + validUntil);
        }
    }

    /** Whether the clearance counts on the day: from {@code decidedOn} through {@code validUntil}, both included. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(decidedOn) && !day.isAfter(validUntil);
    }

    /** Whether the clearance has run out by the day (the day is after {@code validUntil}). */
    public boolean isExpiredOn(LocalDate day) {
        return day.isAfter(validUntil);
    }

    /**
     * Whether the clearance counts on the day but stops counting within the given number of days, i.e. its last
     * day is at most {@code days} days later (issue 4 alerts at 14). An expired clearance is not "expiring".
     */
    public boolean expiresWithin(LocalDate day, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        return isValidOn(day) && !validUntil.isAfter(day.plusDays(days));
    }
}
