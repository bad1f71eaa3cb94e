package org.kneadwell.identity;

import java.time.Clock;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

/**
 * Time-based one-time passwords (RFC 6238): SHA-1, 6 digits, 30-second steps, one step of clock drift
 * either way. We check the window ourselves so we learn which step matched and can refuse a replayed code.
 */
@Component
public class Totp {

    static final int PERIOD_SECONDS = 30;
    private static final String ISSUER = "Kneadwell";

    private final Clock clock;
    private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    Totp(Clock clock) {
        this.clock = clock;
    }

    String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The time step the code belongs to, if it is valid now. */
    OptionalLong matchingStep(String secret, String code) {
        if (secret == null || code == null || !code.strip().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
        for (long step = current - 1; step <= current + 1; step++) {
            if (codeFor(secret, step).equals(code.strip())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code for now; used by tests and the demo to sign in. */
    public String currentCode(String secret) {
        return codeFor(secret, Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS));
    }

    /** A PNG QR code (as a data: URI) that authenticator apps scan to enrol the secret. */
    String qrCodeDataUri(String secret, String accountLabel) {
        QrData data = new QrData.Builder().label(accountLabel).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
        try {
            return Utils.getDataUriForImage(qr.generate(data), qr.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Could not draw the enrolment QR code", e);
        }
    }

    private String codeFor(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Invalid TOTP secret", e);
        }
    }
}
