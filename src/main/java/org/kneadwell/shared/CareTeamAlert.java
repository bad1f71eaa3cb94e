package org.kneadwell.shared;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Something about a patient that their care team must see: published by clinical modules, turned into an
 * in-app alert for each recipient (pinned when urgent) and, if asked, an e-mail that says only that an alert is
 * waiting, never what it is about.
 *
 * @param recipients account ids (the care team members to alert)
 * @param message    the alert's text, shown in the app only
 * @param link       where the alert leads, e.g. the patient's chart
 */
public record CareTeamAlert(UUID patientId, Set<Long> recipients, Level level, String message, String link,
        boolean pinned, boolean email) {

    public enum Level { EMERGENCY, WARNING, INFO }

    public CareTeamAlert {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
        recipients = Set.copyOf(recipients);
    }
}
