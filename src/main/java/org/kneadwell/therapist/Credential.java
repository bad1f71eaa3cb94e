package org.kneadwell.therapist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A therapist's registration or licence and whether an admin has verified it. A therapist is bookable on a
 * day only when the credential is verified and has not expired by that day (the expiry date is the last
 * valid day); otherwise {@link #notBookableOn(LocalDate)} says why.
 */
public record Credential(String registrationNumber, String issuingBody, String jurisdiction, LocalDate expiresOn,
        Instant verifiedAt, UUID verifiedBy) {

    /** Why a credential does not allow booking. */
    public enum Reason {
        UNVERIFIED, EXPIRED
    }

    /** Days before expiry from which the admin list flags a credential. */
    public static final int EXPIRY_WARNING_DAYS = 30;

    public Credential {
        if ((verifiedAt == null) != (verifiedBy == null)) {
            throw new IllegalArgumentException("A verification records both who and when");
        }
    }

    /** How the admin list shows a credential on a day. */
    public enum Status {
        VALID, EXPIRING_SOON, EXPIRED, UNVERIFIED
    }

    /** An expiry date that has passed shows as expired whether or not it was ever verified. */
    public Status statusOn(LocalDate day) {
        if (expiredBy(day)) {
            return Status.EXPIRED;
        }
        return notBookableOn(day).map(r -> r == Reason.EXPIRED ? Status.EXPIRED : Status.UNVERIFIED)
                .orElse(expiringSoon(day) ? Status.EXPIRING_SOON : Status.VALID);
    }

    /** Whether the expiry date has passed by {@code day} (the expiry date itself is the last valid day). */
    public boolean expiredBy(LocalDate day) {
        return expiresOn != null && expiresOn.isBefore(day);
    }

    /** Whether the admin list flags this credential on {@code day}: unverified, expired or expiring soon. */
    public boolean needsAttentionOn(LocalDate day) {
        return statusOn(day) != Status.VALID;
    }

    public static Credential none() {
        return new Credential(null, null, null, null, null, null);
    }

    public boolean verified() {
        return verifiedAt != null;
    }

    public Optional<Reason> notBookableOn(LocalDate day) {
        if (!verified()) {
            return Optional.of(Reason.UNVERIFIED);
        }
        if (expiresOn == null || expiresOn.isBefore(day)) {
            return Optional.of(Reason.EXPIRED);
        }
        return Optional.empty();
    }

    public boolean bookableOn(LocalDate day) {
        return notBookableOn(day).isEmpty();
    }

    /** Still valid on {@code day} but expiring within {@link #EXPIRY_WARNING_DAYS}. */
    public boolean expiringSoon(LocalDate day) {
        return bookableOn(day) && !expiresOn.isAfter(day.plusDays(EXPIRY_WARNING_DAYS));
    }

    /** The same credential verified by {@code by} at {@code at}. */
    public Credential verify(UUID by, Instant at) {
        return new Credential(registrationNumber, issuingBody, jurisdiction, expiresOn, at, by);
    }
}
