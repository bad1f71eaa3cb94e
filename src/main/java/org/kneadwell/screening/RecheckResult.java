package org.kneadwell.screening;

import java.util.UUID;

/**
 * What a re-check did to the patient's screening history.
 *
 * @param screeningId   the new screen's public id, or {@code null} when the answers raised nothing new (no screen
 *                      is stored then, so safety stays exactly as it was)
 * @param massageOnHold the new screen put massage on hold (red flags): the care team has been alerted
 * @param raised        plain words for what the answers raised (red flags, new conditions), for the page; empty when
 *                      nothing
 */
public record RecheckResult(UUID screeningId, boolean massageOnHold, java.util.List<String> raised) {

    public boolean newScreen() {
        return screeningId != null;
    }
}
