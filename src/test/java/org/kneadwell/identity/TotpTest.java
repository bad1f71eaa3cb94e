package org.kneadwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B test vectors (SHA-1 secret "12345678901234567890"), truncated to 6 digits. */
class TotpTest {

    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static Totp at(long epochSecond) {
        return new Totp(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void matchesTheRfcVectors() {
        assertThat(at(59).currentCode(RFC_SECRET)).isEqualTo("287082");
        assertThat(at(1111111109).currentCode(RFC_SECRET)).isEqualTo("081804");
        assertThat(at(1234567890).currentCode(RFC_SECRET)).isEqualTo("005924");
        assertThat(at(2000000000).currentCode(RFC_SECRET)).isEqualTo("279037");
    }

    @Test
    void acceptsOneStepOfDriftEitherWayAndNoMore() {
        Totp now = at(1111111109);
        long step = 1111111109 / 30;
        assertThat(now.matchingStep(RFC_SECRET, at(1111111109 - 30).currentCode(RFC_SECRET))).hasValue(step - 1);
        assertThat(now.matchingStep(RFC_SECRET, at(1111111109 + 30).currentCode(RFC_SECRET))).hasValue(step + 1);
        assertThat(now.matchingStep(RFC_SECRET, at(1111111109 - 90).currentCode(RFC_SECRET))).isEmpty();
    }

    @Test
    void refusesMalformedCodes() {
        Totp now = at(59);
        assertThat(now.matchingStep(RFC_SECRET, null)).isEmpty();
        assertThat(now.matchingStep(RFC_SECRET, "28708")).isEmpty();
        assertThat(now.matchingStep(RFC_SECRET, "abcdef")).isEmpty();
        assertThat(now.matchingStep(null, "287082")).isEmpty();
    }

    @Test
    void enrolmentQrCodeIsAPngDataUri() {
        assertThat(at(59).qrCodeDataUri(RFC_SECRET, "someone@example.org")).startsWith("data:image/png;base64,");
    }
}
