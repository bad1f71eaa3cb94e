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

    /** The message key that explains it to the person booking. */
    public String messageKey() {
        return "therapist.notBookable." + name();
    }
}
