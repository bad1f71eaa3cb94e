package org.kneadwell.session.history;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kneadwell.session.AdverseEvent;
import org.kneadwell.shared.Technique;
import org.springframework.modulith.NamedInterface;

/**
 * A patient's adverse events per technique, read without an access check or audit, for the ranking of techniques
 * (recommendation's history factor) whose own callers have already passed the access policy. Only modules that
 * declare {@code session :: history} may use it.
 */
@NamedInterface("history")
public interface AdverseEventHistory {

    /** The patient's adverse events that followed a session, by that session's technique (newest first in each). */
    Map<Technique, List<AdverseEvent>> byTechnique(UUID patientId);
}
