package org.kneadwell.therapist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A therapist is bookable only with a verified credential that has not expired on the day. */
class CredentialTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final UUID ADMIN = UUID.randomUUID();

    private static Credential expiring(LocalDate on) {
        return new Credential("MT-1", "CNHC", "United Kingdom", on, null, null);
    }

    @Test
    void anUnverifiedCredentialIsNotBookable() {
        Credential c = expiring(TODAY.plusYears(1));

        assertThat(c.bookableOn(TODAY)).isFalse();
        assertThat(c.notBookableOn(TODAY)).contains(Credential.Reason.UNVERIFIED);
        assertThat(c.statusOn(TODAY)).isEqualTo(Credential.Status.UNVERIFIED);
    }

    @Test
    void aVerifiedCredentialIsBookableUpToAndIncludingItsExpiryDay() {
        Credential c = expiring(TODAY.plusDays(40)).verify(ADMIN, Instant.parse("2026-11-01T10:00:00Z"));

        assertThat(c.bookableOn(TODAY)).isTrue();
        assertThat(c.bookableOn(TODAY.plusDays(40))).isTrue();
        assertThat(c.notBookableOn(TODAY.plusDays(41))).contains(Credential.Reason.EXPIRED);
        assertThat(c.verifiedBy()).isEqualTo(ADMIN);
    }

    @Test
    void aCredentialPastItsExpiryShowsExpiredEvenIfNeverVerified() {
        Credential c = expiring(TODAY.minusDays(1));

        assertThat(c.statusOn(TODAY)).isEqualTo(Credential.Status.EXPIRED);
        assertThat(c.expiredBy(TODAY)).isTrue();
        assertThat(c.expiredBy(TODAY.minusDays(1))).isFalse();
        assertThat(c.needsAttentionOn(TODAY)).isTrue();
    }

    @Test
    void flagsACredentialExpiringWithinThirtyDays() {
        Credential c = expiring(TODAY.plusDays(20)).verify(ADMIN, Instant.parse("2026-11-01T10:00:00Z"));

        assertThat(c.statusOn(TODAY)).isEqualTo(Credential.Status.EXPIRING_SOON);
        assertThat(c.statusOn(TODAY.minusDays(30))).isEqualTo(Credential.Status.VALID);
        assertThat(c.statusOn(TODAY.plusDays(21))).isEqualTo(Credential.Status.EXPIRED);
    }

    @Test
    void aVerificationRecordsWhoAndWhen() {
        assertThatThrownBy(() -> new Credential("MT-1", "CNHC", "UK", TODAY, Instant.now(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Credential.none().notBookableOn(TODAY)).contains(Credential.Reason.UNVERIFIED);
    }
}
