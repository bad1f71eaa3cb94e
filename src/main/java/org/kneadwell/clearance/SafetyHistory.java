package org.kneadwell.clearance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.kneadwell.screening.policy.ScreenFacts;

/**
 * What effective safety is computed from (screening contract §5): the clinician's last resolving decision
 * (an approval, a refusal or "not needed"), the screen it applied to, and every screen since.
 * <p>
 * A later screen never loosens on its own. A screen after the decision that raises a concern the decided screen did
 * not have (a more urgent tier, or a red flag, condition or cause behind its tier that the decided screen was not
 * told about) stays <em>unresolved</em> until a clinician decides again, whatever later screens say: its hold and
 * its need for clearance stick (§5.1, §5.2) and apply at once (§5.3). A later screen that raises nothing new is
 * covered by the decision; its own verdicts (the latest screen's) still apply, so new limits that need no
 * clearance (a new skin lesion) tighten at once too.
 *
 * @param screens    the screen the resolution applied to (if any) and every later screen, oldest first; without a
 *                   resolution, every screen of the patient
 * @param resolution the newest APPROVE, DECLINE or NOT_NEEDED decision, or {@code null}
 */
public record SafetyHistory(List<TimelineScreen> screens, ClearanceDecision resolution) {

    public SafetyHistory {
        screens = screens.stream().sorted(Comparator.comparingLong(TimelineScreen::id)).toList();
        if (resolution != null && resolution.kind() == ClearanceDecision.Kind.MORE_INFO) {
            throw new IllegalArgumentException("A question to the care team resolves nothing");
        }
    }

    /** One screen and, optionally, a clearance approved for it: the simplest history. */
    public static SafetyHistory of(TimelineScreen screen, ClearanceDecision approval) {
        return new SafetyHistory(screen == null ? List.of() : List.of(screen), approval);
    }

    public Optional<TimelineScreen> latest() {
        return screens.isEmpty() ? Optional.empty() : Optional.of(screens.get(screens.size() - 1));
    }

    /** The screen the resolution applied to, if there is a resolution. */
    public Optional<TimelineScreen> decided() {
        if (resolution == null) {
            return Optional.empty();
        }
        return screens.stream().filter(s -> s.id() == resolution.screeningId()).findFirst();
    }

    /**
     * The screens after the resolution that raise a concern it did not cover, oldest first; and the decided screen
     * itself while it holds massage and the decision did not lift the hold (a refusal, say): only a lift ends a hold.
     */
    public List<TimelineScreen> unresolved() {
        ScreenFacts covered = decided().map(TimelineScreen::facts).orElse(null);
        long after = resolution == null ? Long.MIN_VALUE : resolution.screeningId();
        List<TimelineScreen> open = new ArrayList<>();
        decided().filter(screen -> screen.facts().massageOnHold() && !liftsHold()).ifPresent(open::add);
        for (TimelineScreen screen : screens) {
            if (screen.id() > after && raises(screen.facts(), covered)) {
                open.add(screen);
            }
        }
        return open;
    }

    private boolean liftsHold() {
        return resolution.kind() == ClearanceDecision.Kind.NOT_NEEDED
                || (resolution.kind() == ClearanceDecision.Kind.APPROVE && resolution.scope().liftsHold());
    }

    /** Whether an unresolved screen put massage on hold. */
    public boolean onHold() {
        return unresolved().stream().anyMatch(s -> s.facts().massageOnHold());
    }

    /**
     * Whether a screen raises a concern that a decision about the {@code covered} screen did not see: without a
     * decision, any hold or need for clearance; after one, a more urgent tier or a new code behind the tier.
     */
    static boolean raises(ScreenFacts screen, ScreenFacts covered) {
        if (covered == null) {
            return screen.massageOnHold() || screen.clearanceRequired();
        }
        if (screen.tier().ordinal() < covered.tier().ordinal()) {
            return true;
        }
        return !covered.allCodes().containsAll(screen.triageCodes());
    }
}
