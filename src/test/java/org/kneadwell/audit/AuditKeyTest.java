package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeyTest {

    private static final String TEXT = "entry\naudit-v2;";

    @TempDir
    Path home;

    @Test
    void generatesAKeyOnFirstStartThatOnlyItsOwnerMayReadAndKeepsIt() throws Exception {
        AuditKey first = new AuditKey("", home);
        Path file = home.resolve(AuditKey.FILE_NAME);
        assertThat(file).exists();
        if (Files.getFileStore(home).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(AuditKey.MIN_LENGTH);

        AuditKey again = new AuditKey("", home);
        assertThat(again.mac(TEXT)).as("the same key after a restart").isEqualTo(first.mac(TEXT));
        Files.delete(file);
        assertThat(new AuditKey("", home).mac(TEXT)).as("a new key is a different key").isNotEqualTo(first.mac(TEXT));
    }

    @Test
    void usesTheKeyGivenInTheEnvironmentInsteadOfAFile() {
        String given = "kneadwell-audit-key-from-the-environment";
        AuditKey key = new AuditKey(given, home);
        assertThat(home.resolve(AuditKey.FILE_NAME)).doesNotExist();
        assertThat(key.mac(TEXT)).isEqualTo(AuditKey.of(given).mac(TEXT)).hasSize(64);
    }

    @Test
    void refusesAShortKeyAndNeverShowsOne() {
        assertThatThrownBy(() -> new AuditKey("too-short", home)).hasMessageContaining("at least 32 characters")
                .hasMessageNotContaining("too-short");
        String given = "kneadwell-audit-key-from-the-environment";
        assertThat(new AuditKey(given, home).toString()).doesNotContain(given);
    }
}
