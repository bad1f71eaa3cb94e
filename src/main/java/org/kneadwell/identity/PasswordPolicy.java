package org.kneadwell.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules of NIST SP 800-63B: at least 12 characters, at most {@value #MAX_BYTES} bytes in UTF-8
 * (bcrypt reads no further, and refuses longer input), not one of the commonly used passwords (OWASP SecLists, CC BY-SA 3.0, see {@code identity/README.md}), and no forced rotation.
 * The answer is a message key, so forms can show it beside the field.
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("identity/common-passwords-12plus.txt");
    }

    /** Empty when the password is acceptable, else the message key of the reason. */
    public Optional<String> problemWith(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (!fitsTheHash(password)) {
            return Optional.of("password.tooLong");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    /** Whether bcrypt can hash the whole password: {@value #MAX_BYTES} bytes of UTF-8 at most. */
    static boolean fitsTheHash(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>(64_000);
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(line -> line.strip().toLowerCase(Locale.ROOT)).filter(line -> !line.isEmpty())
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list is part of the application", e);
        }
        return Set.copyOf(words);
    }
}
