package org.kneadwell.screening.checked;

import java.util.List;
import java.util.UUID;

import org.kneadwell.shared.Goal;
import org.springframework.modulith.NamedInterface;

/**
 * The goals a patient gave in the intake behind their latest screening, read without an access check or audit:
 * a treatment plan's proposal starts from them once the plan's own access check has passed. Only modules that
 * declare {@code screening :: goals} may use it.
 */
@NamedInterface("goals")
public interface IntakeGoals {

    /** The goals of the latest screened intake; empty when there is none. */
    List<Goal> latestOf(UUID patientId);
}
