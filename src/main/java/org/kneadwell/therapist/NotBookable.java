package org.kneadwell.therapist;

/**
 * Why a therapist cannot be booked on a day: their account is deactivated, or their credential is unverified or has
 * expired by then. Slots are not offered and bookings are refused for any of these.
 */
public enum NotBookable {
    DEACTIVATED, UNVERIFIED, EXPIRED;

    static NotBookable of(Credential.Reason reason) {
        return reason == Credential.Reason.EXPIRED ? EXPIRED : UNVERIFIED;
    }

    /** Why a therapist cannot be booked on {@code day}, or empty when they can: a deactivated account first. */
    static java.util.Optional<NotBookable> on(boolean activeAccount, Credential credential, java.time.LocalDate day) {
        if (!activeAccount) {
            return java.util.Optional.of(DEACTIVATED);
        }
        return credential.notBookableOn(day).map(NotBookable::of);
    }

    /** The message key that explains it to the person booking. */
    public String messageKey() {
        return "therapist.notBookable." + name();
    }
}
