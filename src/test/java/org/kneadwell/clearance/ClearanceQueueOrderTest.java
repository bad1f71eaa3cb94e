package org.kneadwell.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kneadwell.screening.policy.TriageTier;

/** Issue 4: the clinician's queue is ordered by urgency, the triage tier first, then the age of the request. */
class ClearanceQueueOrderTest {

    record Request(String name, TriageTier tier, Instant requestedAt) {
    }

    @Test
    void putsTheMostUrgentTierFirstAndTheOldestRequestFirstWithinATier() {
        Instant monday = Instant.parse("2026-04-13T09:00:00Z");
        Instant tuesday = Instant.parse("2026-04-14T09:00:00Z");
        List<Request> queue = new ArrayList<>(List.of(
                new Request("review, new", TriageTier.CLINICIAN_REVIEW, tuesday),
                new Request("none", TriageTier.NONE, monday),
                new Request("prompt", TriageTier.PROMPT, tuesday),
                new Request("emergency", TriageTier.EMERGENCY, tuesday),
                new Request("review, old", TriageTier.CLINICIAN_REVIEW, monday)));

        queue.sort(ClearanceQueueOrder.byUrgency(Request::tier, Request::requestedAt));

        assertThat(queue).extracting(Request::name)
                .containsExactly("emergency", "prompt", "review, old", "review, new", "none");
    }
}
