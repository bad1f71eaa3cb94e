package org.kneadwell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class StoredEventTest {

    private static StoredEvent event(String recordType, String recordId) {
        return new StoredEvent(1, null, Instant.parse("2026-01-02T03:04:05.123456789Z"),
                UUID.fromString("00000000-0000-0000-0000-000000000001"), "THERAPIST", "patient.read", null,
                recordType, recordId, "10.0.0.1", "SUCCESS", null);
    }

    @Test
    void writesTheTimeInUtcToTheMicrosecond() {
        assertThat(event("patient", "x").canonical(7)).isEqualTo("audit-v1;1:7;27:2026-01-02T03:04:05.123456Z;"
                + "36:00000000-0000-0000-0000-000000000001;9:THERAPIST;12:patient.read;-;7:patient;1:x;8:10.0.0.1;"
                + "7:SUCCESS;");
    }

    @Test
    void tellsNullFromEmptyAndFieldBoundariesApart() {
        assertThat(event(null, "").canonical(1)).isNotEqualTo(event("", null).canonical(1));
        assertThat(event("a;1:b", null).canonical(1)).isNotEqualTo(event("a", "b").canonical(1));
    }

    @Test
    void chainsEachHashOnTheOneBefore() {
        String first = ChainHash.next(ChainHash.GENESIS, "a");
        assertThat(first).hasSize(64).matches("[0-9a-f]+");
        assertThat(ChainHash.next(first, "b")).isNotEqualTo(ChainHash.next(ChainHash.GENESIS, "b"));
    }
}
