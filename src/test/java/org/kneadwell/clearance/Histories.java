package org.kneadwell.clearance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.kneadwell.screening.policy.ScreenFacts;
import org.kneadwell.screening.policy.ScreeningInput;
import org.kneadwell.screening.policy.ScreeningResult;

/**
 * Builds a patient's safety history the way the app does: screens in order, and the clinician's decisions, each
 * applying to the latest screen when it is made. {@link #history()} is what {@link PatientSafety} would read.
 */
final class Histories {

    private final List<TimelineScreen> screens = new ArrayList<>();
    private ClearanceDecision resolution;

    static Histories start() {
        return new Histories();
    }

    Histories screen(ScreeningInput input) {
        ScreeningResult result = Screens.screen(input);
        screens.add(new TimelineScreen(screens.size() + 1, Instant.EPOCH.plusSeconds(screens.size()),
                ScreenFacts.of(input, result), result));
        return this;
    }

    ScreeningResult latest() {
        return screens.get(screens.size() - 1).result();
    }

    Histories approve(Clearance clearance) {
        resolution = ClearanceDecision.approval(clearance, latestId());
        return this;
    }

    Histories decline() {
        resolution = decision(ClearanceDecision.Kind.DECLINE);
        return this;
    }

    Histories notNeeded() {
        resolution = decision(ClearanceDecision.Kind.NOT_NEEDED);
        return this;
    }

    /** What effective safety reads: the decided screen and every later one, and the decision. */
    SafetyHistory history() {
        long from = resolution == null ? 0 : resolution.screeningId();
        return new SafetyHistory(screens.stream().filter(s -> s.id() >= from).toList(), resolution);
    }

    private ClearanceDecision decision(ClearanceDecision.Kind kind) {
        return new ClearanceDecision(0, UUID.randomUUID(), 0, null, latestId(), kind, "reason", null, null,
                Scopes.DECIDED, Instant.EPOCH, null, Scopes.CLINICIAN);
    }

    private long latestId() {
        return screens.get(screens.size() - 1).id();
    }
}
