package org.kneadwell.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret that keys the audit chain, kept outside the database so that whoever can write the tables cannot
 * re-hash them: {@code KNEADWELL_AUDIT_KEY} when given (at least 32 characters), else the file
 * {@code audit.key} under {@code KNEADWELL_HOME}, generated on first start and readable by its owner only where
 * the file system has permissions. The key itself is never logged or shown; lose it and the chain can no
 * longer be verified.
 */
@Component
class AuditKey {

    static final String FILE_NAME = "audit.key";
    static final int MIN_LENGTH = 32;
    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);

    private final SecretKeySpec key;
    /** One initialised HMAC per thread: looking the algorithm up and keying it for every event cost more than the MAC. */
    private final ThreadLocal<Mac> hmacs;

    @Autowired
    AuditKey(@Value("${kneadwell.audit.key:}") String given, @Value("${kneadwell.home}") Path home) {
        this(given.isBlank() ? fromFile(home.resolve(FILE_NAME)) : checked(given.strip(), "KNEADWELL_AUDIT_KEY"));
    }

    private AuditKey(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.hmacs = ThreadLocal.withInitial(this::keyedHmac);
    }

    static AuditKey of(String secret) {
        return new AuditKey(checked(secret, "audit key"));
    }

    /** HMAC-SHA-256 of the text under this key, as 64 lower-case hex digits. */
    String mac(String text) {
        // doFinal leaves the HMAC keyed and reset for the next text
        return HexFormat.of().formatHex(hmacs.get().doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac keyedHmac() {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "AuditKey[hidden]";
    }

    private static String checked(String secret, String source) {
        if (secret.length() < MIN_LENGTH) {
            throw new IllegalStateException(source + " must be at least " + MIN_LENGTH + " characters long");
        }
        return secret;
    }

    private static String fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            return checked(Files.readString(file, StandardCharsets.UTF_8).strip(), file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the audit key file " + file, e);
        }
    }

    /** Writes 32 random bytes (Base64) to a new file only its owner may read; another node's file wins a race. */
    private static void generate(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            if (Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView("posix")) {
                Files.createFile(file,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
                java.io.File plain = file.toFile();
                plain.setReadable(false, false);
                plain.setWritable(false, false);
                plain.setReadable(true, true);
                plain.setWritable(true, true);
            }
        } catch (FileAlreadyExistsException e) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(random) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.TRUNCATE_EXISTING);
        log.info("Generated a new audit key in {}; back it up with the database", file);
    }
}
