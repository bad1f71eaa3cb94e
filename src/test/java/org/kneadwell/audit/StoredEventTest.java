package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class StoredEventTest {

    private static final UUID PUBLIC_ID = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    private final ChainHash macs = new ChainHash(AuditKey.of("a-test-key-of-at-least-32-characters!"));

    private static StoredEvent event(String recordType, String recordId) {
        return new StoredEvent(1, null, PUBLIC_ID, Instant.parse("2026-01-02T03:04:05.123456789Z"),
                UUID.fromString("00000000-0000-0000-0000-000000000001"), "THERAPIST", "patient.read", null,
                recordType, recordId, "10.0.0.1", "SUCCESS", null, null);
    }

    @Test
    void writesTheTimeInUtcToTheMicrosecondAndThePublicIdIntoTheContent() {
        assertThat(event("patient", "x").canonical(7)).isEqualTo("1:7;audit-v2;"
                + "36:00000000-0000-0000-0000-0000000000aa;27:2026-01-02T03:04:05.123456Z;"
                + "36:00000000-0000-0000-0000-000000000001;9:THERAPIST;12:patient.read;-;7:patient;1:x;8:10.0.0.1;"
                + "7:SUCCESS;");
    }

    @Test
    void keepsTheLegacyFormForEventsSealedBeforeTheKey() {
        assertThat(event("patient", "x").legacyCanonical(7)).isEqualTo("audit-v1;1:7;27:2026-01-02T03:04:05.123456Z;"
                + "36:00000000-0000-0000-0000-000000000001;9:THERAPIST;12:patient.read;-;7:patient;1:x;8:10.0.0.1;"
                + "7:SUCCESS;");
    }

    @Test
    void tellsNullFromEmptyAndFieldBoundariesApart() {
        assertThat(event(null, "").canonical(1)).isNotEqualTo(event("", null).canonical(1));
        assertThat(event("a;1:b", null).canonical(1)).isNotEqualTo(event("a", "b").canonical(1));
    }

    @Test
    void chainsEachLinkOnTheOneBefore() {
        String first = macs.next(ChainHash.GENESIS, "a");
        assertThat(first).hasSize(64).matches("[0-9a-f]+");
        assertThat(macs.next(first, "b")).isNotEqualTo(macs.next(ChainHash.GENESIS, "b"));
    }

    @Test
    void linksAndEntryMacsDependOnTheKey() {
        ChainHash otherKey = new ChainHash(AuditKey.of("another-key-of-at-least-32-characters"));
        assertThat(otherKey.next(ChainHash.GENESIS, "a")).isNotEqualTo(macs.next(ChainHash.GENESIS, "a"));
        assertThat(otherKey.entryMac(event("patient", "x"))).isNotEqualTo(macs.entryMac(event("patient", "x")));
        assertThat(macs.next(ChainHash.GENESIS, "a")).as("not plain SHA-256")
                .isNotEqualTo(ChainHash.legacyNext(ChainHash.GENESIS, "a"));
    }

    @Test
    void anEntryMacCoversEveryField() {
        String mac = macs.entryMac(event("patient", "x"));
        assertThat(macs.entryMac(event("patient", "y"))).isNotEqualTo(mac);
        StoredEvent otherId = new StoredEvent(1, null, UUID.randomUUID(), Instant.parse("2026-01-02T03:04:05Z"),
                null, "THERAPIST", "patient.read", null, "patient", "x", "10.0.0.1", "SUCCESS", null, null);
        assertThat(macs.entryMac(otherId)).isNotEqualTo(mac);
    }
}
